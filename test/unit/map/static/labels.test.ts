import { describe, expect, test } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../../src/map/static/labels';
import { estimateWidth } from '../../../../src/util/wrap';

const request = (featureId: string, x: number, y: number, over: Partial<LabelRequest> = {}): LabelRequest => ({
  featureId, lines: [featureId], x, y, radius: 5, priority: 1, highlighted: false, ...over,
});
const FS = 16;
function box(l: ReturnType<typeof placeLabels>[number]) {
  const w = Math.max(...l.lines.map((s) => estimateWidth(s, FS, l.highlighted)));
  const x0 = l.anchor === 'start' ? l.tx : l.anchor === 'end' ? l.tx - w : l.tx - w / 2;
  const y0 = l.ty - FS * 0.85;
  return { x0, y0, x1: x0 + w, y1: y0 + l.lines.length * FS * 1.15 };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe('map labels', () => {
  test('places labels of nearby points without overlapping them', () => {
    const placed = placeLabels([request('Rafah', 200, 150), request('Rafah crossing', 202, 160), request('Kerem Shalom', 210, 170)], [], 400, 300, FS);
    expect(placed).toHaveLength(3);
    const boxes = placed.map(box);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  test('keeps labels on the canvas', () => {
    const [label] = placeLabels([request('Abu Dhabi', 395, 295)], [], 400, 300, FS);
    const b = box(label!);
    expect(b.x0).toBeGreaterThanOrEqual(0);
    expect(b.x1).toBeLessThanOrEqual(400);
    expect(b.y1).toBeLessThanOrEqual(300);
  });

  test('places the higher priority first and drops what no longer fits', () => {
    // Room for one label only: below the point, the full width of the canvas.
    const long = 'x'.repeat(20);
    const crowd = [request('a-low', 100, 10, { priority: 1, lines: [long] }), request('b-high', 100, 10, { priority: 9, lines: [long] })];
    const placed = placeLabels(crowd, [], 200, 60, FS);
    expect(placed.map((l) => l.featureId)).toEqual(['b-high']);
  });

  test('always places a required label (an approximate feature must say so)', () => {
    const long = 'x'.repeat(20);
    const crowd = [request('a', 100, 10, { priority: 9, lines: [long] }), request('b', 100, 10, { required: true, lines: [long] })];
    expect(placeLabels(crowd, [], 200, 60, FS).map((l) => l.featureId)).toEqual(['a', 'b']);
  });

  test('a two-line label takes the leading it is given, and two of them still do not overlap', () => {
    const twoLines = (id: string, x: number, y: number) => request(id, x, y, { lines: ['QATAR', 'Doha'] });
    const [latin] = placeLabels([twoLines('a', 100, 50)], [], 400, 300, FS);
    const [arabic] = placeLabels([twoLines('a', 100, 50)], [], 400, 300, FS, 1.4);
    expect(latin!.box.y1 - latin!.box.y0).toBeCloseTo(2 * FS * 1.15);
    expect(arabic!.box.y1 - arabic!.box.y0).toBeCloseTo(2 * FS * 1.4);
    // The first baseline moves down by half the extra leading: the lines stay centred in their box.
    expect(arabic!.ty - arabic!.box.y0).toBeCloseTo(latin!.ty - latin!.box.y0 + (FS * (1.4 - 1.15)) / 2);
    const placed = placeLabels([twoLines('a', 100, 50), twoLines('b', 100, 70)], [], 400, 300, FS, 1.4);
    expect(placed).toHaveLength(2);
    const [p, q] = placed;
    expect(p!.box.x0 < q!.box.x1 && p!.box.x1 > q!.box.x0 && p!.box.y0 < q!.box.y1 && p!.box.y1 > q!.box.y0).toBe(false);
  });
});
