/**
 * What a key does on the slides (and in the presenter's window). Clickers
 * send arrow keys, Page Up/Down or Space; keyboards add Home/End, digits
 * (then Enter) to jump, F for full screen and N for the notes window.
 */
export type KeyAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'cancel' }
  | { type: 'fullscreen' }
  | { type: 'notes' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

const FORWARD = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The action for a key press, or undefined (the browser keeps the key). */
export function keyAction(input: KeyInput): KeyAction | undefined {
  // Browser and system shortcuts (Ctrl+R, Alt+←, Cmd+F …) stay theirs.
  if (input.ctrlKey || input.altKey || input.metaKey) return undefined;
  const { key } = input;
  // Shift+Space goes back, as it scrolls up on a page.
  if (key === ' ' && input.shiftKey) return { type: 'prev' };
  if (FORWARD.has(key)) return { type: 'next' };
  if (BACK.has(key)) return { type: 'prev' };
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
