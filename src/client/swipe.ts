/**
 * A swipe on a touch screen: a mostly horizontal drag long enough not to be
 * a tap. Leftward (finger moves left) shows the next slide or chapter, as on
 * a phone's photo viewer. One rule for the slides and the embeds.
 */
export const SWIPE_MIN_PX = 50;

export function swipeMove(dx: number, dy: number, minPx = SWIPE_MIN_PX): 'next' | 'prev' | undefined {
  if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'prev';
}

export interface SwipeOptions {
  /** Gestures that start inside this selector are not swipes (a toolbar's buttons). */
  ignore?: string;
}

/**
 * Calls `onSwipe(+1 | −1)` for a swipe on `target`, from pointer events (a
 * finger or a pen; every browser this site supports sends them for touch).
 * Mouse drags are not swipes. Returns the function that stops listening.
 */
export function bindSwipe(target: EventTarget, onSwipe: (delta: 1 | -1) => void, options: SwipeOptions = {}): () => void {
  let start: { x: number; y: number; id: number } | undefined;
  const down = (e: Event) => {
    const p = e as PointerEvent;
    const ignored = options.ignore && p.target instanceof Element && p.target.closest(options.ignore);
    start = p.pointerType !== 'mouse' && !ignored ? { x: p.clientX, y: p.clientY, id: p.pointerId } : undefined;
  };
  const up = (e: Event) => {
    const p = e as PointerEvent;
    if (!start || p.pointerId !== start.id) return;
    const move = swipeMove(p.clientX - start.x, p.clientY - start.y);
    start = undefined;
    if (move) onSwipe(move === 'next' ? 1 : -1);
  };
  const cancel = () => (start = undefined);
  target.addEventListener('pointerdown', down, { passive: true });
  target.addEventListener('pointerup', up, { passive: true });
  target.addEventListener('pointercancel', cancel, { passive: true });
  return () => {
    target.removeEventListener('pointerdown', down);
    target.removeEventListener('pointerup', up);
    target.removeEventListener('pointercancel', cancel);
  };
}
