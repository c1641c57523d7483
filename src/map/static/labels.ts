/**
 * Label placement for static maps without a font engine: each label tries a
 * few positions around its anchor, in order, and takes the first that stays
 * on the canvas and overlaps no label or marker already placed. Labels are
 * placed by priority (highlighted first), so a crowded map drops the least
 * important ones rather than printing text over text.
 */
import { estimateWidth } from '../../util/wrap';
import { boxesOverlap, type Box } from '../shared/frame';

export interface LabelRequest {
  featureId: string;
  lines: readonly string[];
  /** Anchor in SVG units: a point marker, or the centre of an area. */
  x: number;
  y: number;
  /** Marker radius around a point (0 for areas: the label is centred). */
  radius: number;
  priority: number;
  highlighted: boolean;
  /**
   * Placed even when every position overlaps something (least overlap wins):
   * an approximate feature must always say so.
   */
  required?: boolean;
  /** The chapter is about this feature: rather than drop it, move the label out with a leader line. */
  callout?: boolean;
  /** The first `capsLines` lines are a country's name over its capital's: set in bold. */
  leadBold?: boolean;
  /** The first `capsLines` lines (default 1) are a country's name: in capitals, spaced by this many em (paint.ts COUNTRY_LABELS). */
  capsSpacing?: number;
  capsLines?: number;
  /** The size of those lines, as a share of the label's font size. */
  capsSize?: number;
}

export interface PlacedLabel extends LabelRequest {
  /** Position of the first baseline and the text anchor. */
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the label covers. */
  box: Box;
  /** Set when the label had to move away from its feature: where its leader line ends, on the label's box. */
  leader?: { x: number; y: number };
}



/** Line spacing of a label of several lines, as a multiple of its font size (Latin script). */
export const DEFAULT_LEADING = 1.15;

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
  fontSize: number,
  /** Line spacing as a multiple of the font size (Arabic, with its taller marks, needs more). */
  leading = DEFAULT_LEADING,
): PlacedLabel[] {
  const lineHeight = fontSize * leading;
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const sorted = [...requests].sort((a, b) => b.priority - a.priority || a.featureId.localeCompare(b.featureId));
  for (const request of sorted) {
    const caps = (i: number) => i < (request.capsLines ?? 1);
    // Capitals are wider than the average glyph: about 1.2 times.
    const capsSize = fontSize * (request.capsSize ?? 1);
    const w = Math.max(...request.lines.map((l, i) => (request.capsSpacing && caps(i)
      ? estimateWidth(l, capsSize * 1.2, request.highlighted || request.leadBold === true) + l.length * request.capsSpacing * capsSize
      : estimateWidth(l, fontSize, request.highlighted))));
    const h = request.lines.length * lineHeight;
    const gap = request.radius + fontSize * 0.3;
    // Candidates around a point: below (where the live map puts its labels),
    // right, left, above, then the four corners. An area's label goes on its
    // centre, or just above or below it.
    const { x, y } = request;
    // The first baseline, with the extra leading shared above and below each line.
    const top = (y0: number) => y0 + fontSize * 0.85 + (lineHeight - fontSize * DEFAULT_LEADING) / 2;
    const at = (x0: number, y0: number, anchor: PlacedLabel['anchor']) => ({
      box: { x0, y0, x1: x0 + w, y1: y0 + h },
      tx: anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2,
      ty: top(y0),
      anchor,
    });
    // Each ring of positions around a point, then the same a little further out.
    const around = (g: number) => {
      const d = g * Math.SQRT1_2;
      return [
        at(x - w / 2, y + g, 'middle'),
        at(x + g, y - h / 2, 'start'),
        at(x - g - w, y - h / 2, 'end'),
        at(x - w / 2, y - g - h, 'middle'),
        at(x + d, y + d, 'start'),
        at(x + d, y - d - h, 'start'),
        at(x - d - w, y + d, 'end'),
        at(x - d - w, y - d - h, 'end'),
      ];
    };
    const candidates = request.radius > 0
      ? [...around(gap), ...around(gap + fontSize)]
      : [
          at(x - w / 2, y - h / 2, 'middle'),
          at(x - w / 2, y - h * 1.5, 'middle'),
          at(x - w / 2, y + h * 0.5, 'middle'),
        ];
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const free = (c: { box: Box }) => inside(c.box) && !taken.some((t) => boxesOverlap(t, c.box));
    let fit = candidates.find(free);
    let leader: PlacedLabel['leader'];
    // A highlighted label in a crowded corner (the Gulf's small states and
    // their capitals) moves further out and gets a leader line back to its
    // feature, as news maps call out small places, rather than disappear.
    for (let k = 2; !fit && request.callout && k <= 4; k += 1) {
      fit = around(request.radius + fontSize * k).find(free);
      if (fit) leader = nearestOnBox(fit.box, x, y);
    }
    if (!fit && request.required) {
      const clamped = candidates.map((c) => clampInto(c, width, height));
      fit = clamped.reduce((best, c) => (overlapArea(c.box, taken) < overlapArea(best.box, taken) ? c : best));
    }
    if (!fit) continue;
    taken.push(fit.box);
    placed.push({ ...request, box: fit.box, tx: fit.tx, ty: fit.ty, anchor: fit.anchor, ...(leader ? { leader } : {}) });
  }
  return placed;
}

const intersection = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const overlapArea = (box: Box, taken: readonly Box[]) => taken.reduce((sum, t) => sum + intersection(box, t), 0);

/** A candidate moved back onto the canvas, text and box together. */
function clampInto<C extends { box: Box; tx: number; ty: number }>(c: C, width: number, height: number): C {
  const dx = Math.max(2 - c.box.x0, Math.min(0, width - 2 - c.box.x1));
  const dy = Math.max(2 - c.box.y0, Math.min(0, height - 2 - c.box.y1));
  return { ...c, box: { x0: c.box.x0 + dx, y0: c.box.y0 + dy, x1: c.box.x1 + dx, y1: c.box.y1 + dy }, tx: c.tx + dx, ty: c.ty + dy };
}

/** The point of a box nearest to (x, y), a little inside it: where a leader line meets its label. */
function nearestOnBox(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, box.x0 + 1), box.x1 - 1), y: Math.min(Math.max(y, box.y0 + 1), box.y1 - 1) };
}

/** The box a point marker covers, so no label is printed over it. */
export function markerBox(x: number, y: number, radius: number): Box {
  return { x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius };
}
