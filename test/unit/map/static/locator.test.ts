import { geoMercator } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, test } from 'vitest';
import { LOCATOR_FRAME, LOCATOR_SIZE, locatorGroup, locatorRect } from '../../../../src/map/static/locator';
import { MAP_COLOURS } from '../../../../src/map/shared/paint';
import { assertWellFormed, elements } from '../../svg-reading';

const box = (id: string, w: number, s: number, e: number, n: number): Feature => ({
  type: 'Feature', properties: { id },
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
const land: FeatureCollection = { type: 'FeatureCollection', features: [box('egypt', 25, 22, 34.2, 31.5), box('far', 100, 10, 101, 11)] };
const gaza = box('gaza-strip', 34.2, 31.2, 34.55, 31.6);

describe('the locator inset', () => {
  test('places a view where d3’s Mercator, fitted to the frame, draws it', () => {
    const [fw, fs, fe, fn] = LOCATOR_FRAME;
    const projection = geoMercator().fitExtent([[0, 0], [LOCATOR_SIZE, LOCATOR_SIZE]], { type: 'MultiPoint', coordinates: [[fw, fs], [fe, fs], [fe, fn], [fw, fn]] });
    const view: [number, number, number, number] = [34.0, 30.5, 35.0, 31.8];
    const [x, y, w, h] = locatorRect(view);
    const [ax, ay] = projection([34.0, 31.8])!;
    const [bx, by] = projection([35.0, 30.5])!;
    expect(x).toBeCloseTo(ax, 6);
    expect(y).toBeCloseTo(ay, 6);
    expect(x + w).toBeCloseTo(bx, 6);
    expect(y + h).toBeCloseTo(by, 6);
  });

  test('a street-level view is still a visible mark, and a view wider than the frame is cut to it', () => {
    const [, , w, h] = locatorRect([34.25, 31.24, 34.26, 31.25]);
    expect(w).toBeGreaterThanOrEqual(4);
    expect(h).toBeGreaterThanOrEqual(4);
    const [x, y, ww, hh] = locatorRect([20, 20, 50, 45]);
    expect([x, y]).toEqual([0, 0]);
    expect(x + ww).toBeLessThanOrEqual(LOCATOR_SIZE);
    expect(y + hh).toBeLessThanOrEqual(LOCATOR_SIZE);
  });

  test('nests as a group with data-locator: land in the frame only, the place, the view’s rectangle', () => {
    const svg = locatorGroup({ land, place: gaza, palette: MAP_COLOURS }, [34.1, 31.1, 34.6, 31.7], 480, 20, 100);
    assertWellFormed(svg);
    const group = elements(svg, 'g')[0]!;
    expect(group.attrs['data-locator']).toBe('');
    expect(group.attrs.transform).toBe('translate(480 20) scale(1)');
    const paths = elements(svg, 'path');
    expect(paths).toHaveLength(2); // land (without the far-away box) and the place
    expect(paths[0]!.attrs.d).not.toBe('');
    expect(elements(svg, 'rect').filter((r) => r.attrs['data-locator-view'] !== undefined)).toHaveLength(1);
  });
});
