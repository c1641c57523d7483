/** An embed card's key map: ← and → step inside the frame (see keys.ts). */
import { unlessShortcut, type KeyAction, type KeyInput } from './keys';

function cardAction({ key, shiftKey }: KeyInput): KeyAction | undefined {
  if (shiftKey) return undefined;
  if (key === 'ArrowRight') return { type: 'next' };
  if (key === 'ArrowLeft') return { type: 'prev' };
  return undefined;
}

export const cardKeys = unlessShortcut(cardAction);
