/**
 * Where on the map a chapter's features may go: the part of the stage that
 * neither the text nor the map's own furniture (locator, scale bar, key,
 * buttons) covers. Pure arithmetic, used by the live map's director (so it
 * loads with the map, not before it) and the tests. The story's own padding
 * is in story-padding.ts, which the story's first script needs.
 */
import { estimateWidth } from '../../util/wrap';

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

/** The sides a call-out's text may take beside its point, in MapLibre's terms (`left`: the text's left edge at the point, so the text runs to its right). */
export type CalloutAnchor = 'left' | 'right' | 'top' | 'bottom';

/** The call-outs' usual order: to the right of the point, else to its left, above, below. */
export const CALLOUT_ANCHORS: readonly CalloutAnchor[] = ['left', 'right', 'top', 'bottom'];

/** The live map's call-out text: size in px, wrapping width and distance from the point in ems (map/live/style.ts). */
export const CALLOUT_TEXT = { size: 14, maxWidthEm: 12, offsetEm: 1.4 } as const;

/**
 * The order of sides for a call-out whose point is at `x` in a view
 * `viewWidth` wide: the usual order, unless its text would run off the
 * right edge there and fits on the left. MapLibre counts only collisions,
 * not the view's edges, so the text would otherwise be cut (Kerem Shalom's
 * on a phone, at the map's right edge).
 */
export function calloutAnchors(x: number, text: string, viewWidth: number): readonly CalloutAnchor[] {
  const { size, maxWidthEm, offsetEm } = CALLOUT_TEXT;
  const textWidth = Math.min(estimateWidth(text, size), maxWidthEm * size);
  const gap = offsetEm * size;
  const fitsRight = x + gap + textWidth <= viewWidth;
  const fitsLeft = x - gap - textWidth >= 0;
  return !fitsRight && fitsLeft ? ['right', 'left', 'top', 'bottom'] : CALLOUT_ANCHORS;
}
