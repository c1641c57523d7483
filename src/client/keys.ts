/**
 * What a key does. Each mode has its key map in its own module, so a
 * surface loads only its own (keys-scroll.ts, keys-slides.ts, keys-card.ts):
 * - `scroll` (the story): J next, K previous; the arrows and Page Up/Down
 *   keep scrolling the page as usual;
 * - `slides` (the slides and the presenter's window): what clickers send
 *   (arrows, Page Up/Down, Space) plus Home/End, digits then Enter to jump,
 *   F for full screen and N for the notes window;
 * - `card` (an embed): ← and → step inside the frame.
 * Keys pressed while typing, inside an open dialog (the Embed dialog) or
 * with Ctrl, Alt or Cmd held stay the browser's and the page's.
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

/** A mode's key map: a key press → an action, or undefined (the browser keeps the key). */
export type KeyMap = (input: KeyInput) => KeyAction | undefined;

/** A key map that leaves browser and system shortcuts (Ctrl+R, Alt+←, Cmd+F …) to them. */
export const unlessShortcut = (map: KeyMap): KeyMap => (input) =>
  input.ctrlKey || input.altKey || input.metaKey ? undefined : map(input);

/** Is the key pressed where it belongs to something else: a text field, or an open dialog? */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? '')) return true;
  // Keys inside an open dialog (the Embed dialog) belong to the dialog.
  return Boolean(el.closest?.('dialog[open]'));
}
