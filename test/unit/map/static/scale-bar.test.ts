import { describe, expect, test } from 'vitest';
import { formatLength, roundLength, scaleBar } from '../../../../src/map/static/scale-bar';
import { metresPerPixel } from '../../../../src/map/shared/mercator';
import { MAP_COLOURS } from '../../../../src/map/shared/paint';
import { assertWellFormed, elements, visibleTexts } from '../../svg-reading';

describe('the static scale bar', () => {
  test('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([roundLength(9.9), roundLength(1999), roundLength(4999), roundLength(5001), roundLength(70_000)]).toEqual([5, 1000, 2000, 5000, 50_000]);
    expect([formatLength(500), formatLength(2000)]).toEqual(['500 m', '2 km']);
  });

  test('is as long on the map as the length it states, at the map’s latitude and zoom', () => {
    const svg = scaleBar({ lat: 31.3, zoom: 11, maxUnits: 120, x: 10, y: 300, fontSize: 14, palette: MAP_COLOURS });
    assertWellFormed(svg);
    const g = elements(svg, 'g')[0]!;
    const metres = Number(g.attrs['data-metres']);
    const d = elements(svg, 'path')[1]!.attrs.d!;
    const [, x0, x1] = /^M([\d.]+) [\d.]+V[\d.]+H([\d.]+)/.exec(d)!.map(Number);
    expect((x1! - x0!) * metresPerPixel(31.3, 11)).toBeCloseTo(metres, -1);
    expect(x1! - x0!).toBeLessThanOrEqual(120);
    expect(visibleTexts(svg)).toEqual([metres >= 1000 ? `${metres / 1000} km` : `${metres} m`]);
  });
});
