/**
 * Which chapter is being read, from where the chapters are on screen.
 *
 * The reading line is a horizontal line across the viewport (a fraction of
 * its height). The active chapter is the one whose box contains the line, or,
 * in a gap between chapters, the last one whose top has passed it. Computing
 * this from positions on every (throttled) scroll, rather than from
 * IntersectionObserver crossings, stays right under fast scrolling, reloads
 * mid-page and resizes, where crossing events can be skipped.
 */
export interface StepBox {
  top: number;
  bottom: number;
}

export function activeStep(boxes: readonly StepBox[], line: number): number {
  let active = 0;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    if (box.top <= line) active = i;
    if (box.top <= line && box.bottom > line) return i;
  }
  return active;
}
