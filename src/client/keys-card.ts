/** An embed card's key map: ← and → step inside the frame (see keys.ts). */
import { unlessShortcut, type KeyAction, type KeyInput } from './keys';

/** The arrow pointing in the reading direction moves forward: → left to right, ← right to left (Arabic). */
function cardAction({ key, shiftKey }: KeyInput, forward = 'ArrowRight', back = 'ArrowLeft'): KeyAction | undefined {
  if (shiftKey) return undefined;
  if (key === forward) return { type: 'next' };
  if (key === back) return { type: 'prev' };
  return undefined;
}

export const cardKeys = unlessShortcut((input) => cardAction(input));

/** The card's key map for a page's writing direction (<html dir>). */
export const cardKeysFor = (dir: string) => (dir === 'rtl' ? unlessShortcut((input) => cardAction(input, 'ArrowLeft', 'ArrowRight')) : cardKeys);
