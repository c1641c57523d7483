/**
 * The map waits for the reader. MapLibre is about 1 MB of JavaScript and
 * 450 KB over the wire; a reader who has not moved yet is reading the first
 * chapter, whose map the poster already shows (the same layers, drawn at
 * build time). So the live map starts at the reader's first scroll, wheel,
 * tap, touch, mouse move or key, and never on a timer: on a phone on a
 * metered plan, a reader who leaves after the headline pays nothing for it.
 */
export const FIRST_MOVE_EVENTS = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'touchstart', 'keydown'] as const;

/**
 * Calls `start` once, at the first of FIRST_MOVE_EVENTS on `target`, then
 * stops listening. Returns a function that starts it now (for moves that
 * come some other way, such as the presenter's window).
 */
export function startOnFirstMove(start: () => void, target: EventTarget = window): () => void {
  let done = false;
  const now = () => {
    if (done) return;
    done = true;
    for (const type of FIRST_MOVE_EVENTS) target.removeEventListener(type, now);
    start();
  };
  for (const type of FIRST_MOVE_EVENTS) target.addEventListener(type, now, { passive: true });
  return now;
}
