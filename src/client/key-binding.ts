/**
 * Keys → moves, for every surface: a mode's key map (keys.ts) turns a key
 * press into an action, and this binding moves the navigator (or calls
 * `move`, as the story does to scroll). The slides add their own actions
 * (typed slide numbers, full screen, the notes window) through `handle`
 * (slide-keys.ts), so the story and the embeds do not carry them.
 */
import { keyBelongsElsewhere, type KeyAction, type KeyMap } from './keys';
import { moveIndex, type Navigator } from './navigator';

/** What `handle` did with an action: 'moved on' to the move, handled it, or left the key alone. */
export type Handled = 'move' | 'done' | 'ignore';

export interface KeyBindingOptions {
  keys: KeyMap;
  nav: Navigator;
  /** How a move is made (the story scrolls to the chapter); nav.go by default. */
  move?(index: number): void;
  /** A surface's own actions; called first. */
  handle?(action: KeyAction, event: KeyboardEvent): Handled;
  /** Leave the browser's default alone (the story: J and K are no page keys). */
  passive?: boolean;
}

export function bindKeys(options: KeyBindingOptions): () => void {
  const { keys, nav, handle } = options;
  const move = options.move ?? ((index: number) => nav.go(index));
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || keyBelongsElsewhere(e.target)) return;
    const action = keys(e);
    if (!action) return;
    const handled = handle?.(action, e) ?? 'move';
    if (handled === 'ignore') return;
    if (handled === 'move') {
      const target = moveIndex(nav.index, action.type, nav.count);
      if (target === undefined) return; // not a move: the key stays the browser's
      move(target);
    }
    // Elsewhere an unhandled key (an arrow in a frame that cannot scroll) would move the host page.
    if (!options.passive) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
