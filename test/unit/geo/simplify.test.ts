import { describe, expect, test } from 'vitest';
import { area, bbox, booleanValid, circle, kinks, polygon, simplify } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { clipGeometry } from '../../../src/geo/clip';
import { leanCollection, leanFeature, leanPolygon, roundPosition } from '../../../src/geo/simplify';
import { findProblems } from '../../../src/geo/validate';
import { loadSources, SOURCE_IDS, SOURCE_SETTINGS } from '../../../src/geo/layers';
import type { BBox } from '../../../src/geo/properties';

const props = { id: 'x', name: 'x', source: 'test', accuracy: 'surveyed', approximate: false };
const disc = circle([34.3, 31.4], 10, { steps: 512, properties: props }) as Feature<Polygon>;

describe('simplify', () => {
  test('roundPosition keeps the given decimals and drops altitude', () => {
    expect(roundPosition([34.123456, 31.987654, 12], 3)).toEqual([34.123, 31.988]);
  });

  test('a simplified polygon has fewer vertices, stays valid and keeps its area', () => {
    const lean = leanFeature(disc, { tolerance: 0.001, precision: 5 }) as Feature<Polygon>;
    expect(lean.geometry.coordinates[0]!.length).toBeLessThan(disc.geometry.coordinates[0]!.length / 4);
    expect(booleanValid(lean)).toBe(true);
    expect(area(lean) / area(disc)).toBeGreaterThan(0.99);
  });

  test('rounding never leaves consecutive duplicate positions', () => {
    const lean = leanFeature(disc, { tolerance: 0, precision: 2 }) as Feature<Polygon>;
    const ring = lean.geometry.coordinates[0]!;
    expect(ring.every((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1])).toBe(true);
  });

  test('an islet smaller than the tolerance is dropped', () => {
    const islet = circle([34.3, 31.4], 0.05, { properties: props });
    expect(leanFeature(islet, { tolerance: 0.01, precision: 3 })).toBeNull();
  });

  test('when Douglas–Peucker makes a ring cross itself, the polygon is simplified less', () => {
    // A notch from the top reaching almost to a bottom edge that sags below it:
    // straightening the sag (a 0.1 deviation) puts the edge across the notch.
    const ring = [[0, 0], [0.5, -0.05], [1, -0.1], [1.5, -0.05], [2, 0], [2, 2], [1.2, 2], [1, -0.03], [0.8, 2], [0, 2], [0, 0]];
    expect(kinks(polygon([ring])).features).toEqual([]);
    expect(kinks(simplify(polygon([ring]), { tolerance: 0.2, highQuality: true })).features.length).toBeGreaterThan(0);
    const lean = leanPolygon([ring], 0.2, 4)!;
    expect(kinks(polygon(lean)).features).toEqual([]);
    expect(lean[0]!.length).toBeLessThan(ring.length);
  });

  test('clipping a polygon that leaves and re-enters the box gives valid parts, not zero-width bridges', () => {
    // A U shape whose two arms cross the box's top edge.
    const u = polygon([[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]);
    const clipped = clipGeometry(u.geometry, [-1, -1, 4, 2])!;
    expect(kinks(clipped).features).toEqual([]);
    expect(area(clipped) / area(polygon([[[0, 0], [3, 0], [3, 2], [0, 2], [0, 0]]]))).toBeCloseTo(5 / 6, 3);
  });

  test('a clipped and simplified collection stays inside its box', () => {
    const box: BBox = [34.25, 31.35, 34.5, 31.5];
    const lean = leanCollection({ type: 'FeatureCollection', features: [disc] }, { clip: box, tolerance: 0.001, precision: 4 });
    const [w, s, e, n] = bbox(lean);
    expect(w).toBeGreaterThanOrEqual(box[0]);
    expect(s).toBeGreaterThanOrEqual(box[1]);
    expect(e).toBeLessThanOrEqual(box[2]);
    expect(n).toBeLessThanOrEqual(box[3]);
  });

  test('every served source is valid and inside its bounds after simplification', () => {
    for (const s of SOURCE_IDS) {
      expect(findProblems(loadSources()[s], { file: s, region: SOURCE_SETTINGS[s].region })).toEqual([]);
    }
  }, 60_000);

  test('the input is not mutated', () => {
    const before = JSON.stringify(disc);
    leanFeature(disc, { clip: [34.3, 31.4, 35, 32], tolerance: 0.01, precision: 2 });
    expect(JSON.stringify(disc)).toBe(before);
  });
});
