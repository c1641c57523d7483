import { describe, expect, test } from 'vitest';
import { metresPerPixel, screenPoint, worldPixel } from '../../../../src/map/shared/mercator';

describe('Web Mercator', () => {
  test('at zoom 0 the world is one 512-pixel tile', () => {
    expect(worldPixel([-180, 0], 0)).toEqual([0, 256]);
    expect(worldPixel([0, 0], 0)).toEqual([256, 256]);
    expect(worldPixel([180, 0], 0)[0]).toBe(512);
    // The Mercator limit, ±85.0511°, is the tile's top and bottom edge.
    expect(worldPixel([0, 85.0511287798], 0)[1]).toBeCloseTo(0, 6);
    expect(worldPixel([0, -85.0511287798], 0)[1]).toBeCloseTo(512, 6);
  });

  test('each zoom level doubles the distances', () => {
    const [x1, y1] = worldPixel([34.25923, 31.24858], 12);
    const [x2, y2] = worldPixel([34.25923, 31.24858], 13);
    expect(x2).toBeCloseTo(2 * x1, 6);
    expect(y2).toBeCloseTo(2 * y1, 6);
  });

  test('the centre is the middle of the map; east is right and north is up', () => {
    const center = [34.26, 31.25] as const;
    expect(screenPoint(center, center, 13, [800, 600])).toEqual([400, 300]);
    const [x, y] = screenPoint([34.27, 31.26], center, 13, [800, 600]);
    expect(x).toBeGreaterThan(400);
    expect(y).toBeLessThan(300);
  });

  test('matches a known value: 0.01° of longitude at zoom 13 is about 116.5 px', () => {
    const [x] = screenPoint([34.27, 31.25], [34.26, 31.25], 13, [0, 0]);
    expect(x).toBeCloseTo((0.01 / 360) * 512 * 2 ** 13, 9);
    expect(x).toBeCloseTo(116.5, 1);
  });

  test('metres per pixel: 78 km at the equator at zoom 0, about 8 m at Rafah at zoom 13', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(31.25, 13)).toBeCloseTo(8.17, 2);
  });
});
