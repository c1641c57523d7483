/** The slides' key map (the slides and the presenter's window): see keys.ts. */
import { unlessShortcut, type KeyAction, type KeyInput } from './keys';

const SLIDE_FORWARD = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const SLIDE_BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The arrows follow the reading direction: on a right-to-left page (Arabic)
 * ← points forward and → back; the other keys, and clickers (PageDown,
 * Space), move the same way in every language.
 */
const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

function slideAction(input: KeyInput, rtl = false): KeyAction | undefined {
  const key = rtl ? (MIRRORED[input.key] ?? input.key) : input.key;
  // Shift+Space goes back, as it scrolls up on a page.
  if (key === ' ' && input.shiftKey) return { type: 'prev' };
  if (SLIDE_FORWARD.has(key)) return { type: 'next' };
  if (SLIDE_BACK.has(key)) return { type: 'prev' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === 'Enter') return { type: 'enter' };
  if (key === 'Backspace') return { type: 'backspace' };
  if (key === 'Escape') return { type: 'cancel' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'n' || key === 'N') return { type: 'notes' };
  return undefined;
}

export const slideKeys = unlessShortcut((input) => slideAction(input));

/** The slides' key map for a page's writing direction (<html dir>). */
export const slideKeysFor = (dir: string) => (dir === 'rtl' ? unlessShortcut((input) => slideAction(input, true)) : slideKeys);

/** The slides' key map under the name its tests know. */
export const keyAction = slideKeys;
