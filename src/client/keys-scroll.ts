/** The scrolling story's key map: J next, K previous (see keys.ts). */
import { keyBelongsElsewhere, unlessShortcut, type KeyAction, type KeyInput } from './keys';

function scrollAction({ key }: KeyInput): KeyAction | undefined {
  if (key === 'j' || key === 'J') return { type: 'next' };
  if (key === 'k' || key === 'K') return { type: 'prev' };
  return undefined;
}

export const scrollKeys = unlessShortcut(scrollAction);

/** The story's step for a key: +1 (J), −1 (K) or 0 (not ours). */
export function stepForKey(event: KeyInput, target: EventTarget | null): -1 | 1 | 0 {
  if (keyBelongsElsewhere(target)) return 0;
  const action = scrollKeys(event);
  return action?.type === 'next' ? 1 : action?.type === 'prev' ? -1 : 0;
}
