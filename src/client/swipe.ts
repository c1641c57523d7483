/**
 * A swipe on a touch screen: a mostly horizontal drag long enough not to be
 * a tap. Leftward (finger moves left) shows the next slide, as on a phone's
 * photo viewer.
 */
export const SWIPE_MIN_PX = 50;

export function swipeMove(dx: number, dy: number, minPx = SWIPE_MIN_PX): 'next' | 'prev' | undefined {
  if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'prev';
}
