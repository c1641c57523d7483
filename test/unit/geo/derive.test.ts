import { describe, expect, test } from 'vitest';
import { area, booleanPointInPolygon, distance, featureCollection, intersect, length, lineString, polygon } from '@turf/turf';
import { arc, clipToOutline, corridorCentreLine, offsetLine, pointAlongFrom, sharedBorder } from '../../../src/geo/derive';

// Two unit squares side by side sharing the edge x = 1 (in tenths of a degree, near Gaza).
const left = polygon([[[34.0, 31.0], [34.1, 31.0], [34.1, 31.05], [34.1, 31.1], [34.0, 31.1], [34.0, 31.0]]]);
const right = polygon([[[34.1, 31.0], [34.2, 31.0], [34.2, 31.1], [34.1, 31.1], [34.1, 31.0]]]);

describe('derive', () => {
  test('sharedBorder returns the vertices of one outline that lie on the other', () => {
    const border = sharedBorder(left, right, 10);
    expect(border).toEqual([[34.1, 31.0], [34.1, 31.05], [34.1, 31.1]]);
  });

  test('sharedBorder fails when the outlines do not meet', () => {
    const far = polygon([[[35, 32], [35.1, 32], [35.1, 32.1], [35, 32], ]]);
    expect(() => sharedBorder(left, far, 10)).toThrow(/no two consecutive vertices within 10 m/);
  });

  test('pointAlongFrom walks back along the line toward its start', () => {
    const line = lineString([[34.0, 31.0], [34.2, 31.0]]);
    const p = pointAlongFrom(line, [34.15, 31.001], 4);
    expect(distance([34.15, 31.0], p)).toBeCloseTo(4, 2);
    expect(p[0]).toBeLessThan(34.15);
    expect(() => pointAlongFrom(line, [34.01, 31.0], 4)).toThrow(/only 0\.95 km of line/);
  });

  test('corridorCentreLine lies half the width inside the given side and ends at the end point', () => {
    const border = lineString([[34.1, 31.0], [34.1, 31.1]]);
    const line = corridorCentreLine(border, right, 100, [34.12, 31.1]);
    expect(booleanPointInPolygon(line[1]!, right)).toBe(true);
    expect(distance(line[0]!, [34.1, 31.0], { units: 'meters' })).toBeCloseTo(50, 0);
    expect(line.at(-1)).toEqual([34.12, 31.1]);
  });

  test('offsetLine moves a line the asked distance, left of its direction for a positive distance', () => {
    const north = [[34.1, 31.0], [34.1, 31.1]];
    const west = offsetLine(north, 100);
    expect(west[0]![0]).toBeLessThan(34.1);
    expect(distance(west[0]!, north[0]!, { units: 'meters' })).toBeCloseTo(100, 1);
    const bent = [[34.1, 31.0], [34.1, 31.1], [34.2, 31.1]];
    const out = offsetLine(bent, -100);
    expect(distance(out[1]!, [34.1, 31.1], { units: 'meters' })).toBeCloseTo(100 * Math.SQRT2, -1);
  });

  test('clipToOutline keeps the part inside the outline and drops slivers', () => {
    const square = (w: number, s: number, e: number, n: number) =>
      ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });
    // Half of this square lies inside the outline; a 20 m strip overhangs elsewhere.
    const clipped = clipToOutline(square(34.05, 31.0, 34.25, 31.1), right);
    expect(area(clipped) / 1e6).toBeCloseTo(area(intersect(featureCollection([square(34.05, 31.0, 34.25, 31.1), right]))!) / 1e6, 3);
    expect(() => clipToOutline(square(50, 10, 51, 11), right)).toThrow('clipToOutline: the polygon lies outside the outline');
  });

  test('arc is a great circle with its length in km', () => {
    const { geometry, distanceKm } = arc([31.2357, 30.0444], [34.4668, 31.5017], 32);
    expect(geometry.coordinates).toHaveLength(32);
    expect(distanceKm).toBeCloseTo(distance([31.2357, 30.0444], [34.4668, 31.5017]), 6);
    expect(length(lineString(geometry.coordinates))).toBeCloseTo(distanceKm, 0);
  });
});
