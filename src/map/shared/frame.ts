/**
 * Where on the map a chapter's features may go: the part of the stage that
 * neither the text nor the map's own furniture (locator, scale bar, key,
 * buttons) covers. Pure arithmetic, used by the live map's director (so it
 * loads with the map, not before it) and the tests. The story's own padding
 * is in story-padding.ts, which the story's first script needs.
 */

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box in pixels or SVG units (0, 0 is the top-left corner). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Do two boxes overlap (touching edges do not)? */
export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/**
 * The two ways to keep a fit clear of a box in a corner of a width × height
 * stage: push the fit's edge below (or above) the box, or beside it. The
 * caller keeps the one that lets the map zoom closer. A box that the padding
 * already clears gives the padding back unchanged.
 */
export function clearOfBox(padding: Padding, box: Box, width: number, height: number, gap = 8): Padding[] {
  const inner = { x0: padding.left, y0: padding.top, x1: width - padding.right, y1: height - padding.bottom };
  if (!boxesOverlap(box, inner)) return [padding];
  const top = box.y0 + box.y1 < height; // nearer the top edge than the bottom
  const left = box.x0 + box.x1 < width;
  const vertical = top ? { ...padding, top: Math.max(padding.top, box.y1 + gap) } : { ...padding, bottom: Math.max(padding.bottom, height - box.y0 + gap) };
  const horizontal = left ? { ...padding, left: Math.max(padding.left, box.x1 + gap) } : { ...padding, right: Math.max(padding.right, width - box.x0 + gap) };
  return [vertical, horizontal];
}

/** Does the padding leave a usable frame (at least a quarter of each side)? */
export function usableFrame(p: Padding, width: number, height: number): boolean {
  return width - p.left - p.right >= width / 4 && height - p.top - p.bottom >= height / 4;
}
