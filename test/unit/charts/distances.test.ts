import { describe, expect, test } from 'vitest';
import { buildDistances, distanceRows, distanceScale, type DistanceFigures } from '../../../src/charts/distances';
import { assertWellFormed, elements, withAttr } from '../svg-reading';

// Fixture figures: round numbers, not the computed ones.
const figures: DistanceFigures = {
  distanceCairoKm: { value: 400, display: '400 km' },
  distanceDohaKm: { value: 1800, display: '1,800 km' },
  distanceAnkaraKm: { value: 900, display: '900 km' },
  distanceAbuDhabiKm: { value: 2100, display: '2,100 km' },
  distanceWashingtonKm: { value: 9500, display: '9,500 km' },
  distanceAstanaKm: { value: 3700, display: '3,700 km' },
};
const chart = buildDistances(figures, { idPrefix: 'dc' });
const bars = (svg: string) => elements(svg, 'rect').filter((r) => r.attrs.class?.includes('dc-bar') && !r.attrs.class.includes('legend'));
const rows = (svg: string) => withAttr(svg, 'data-place');

describe('distances chart', () => {
  test('is well-formed SVG', () => {
    assertWellFormed(chart.svg);
  });

  test('orders the capitals from nearest to farthest', () => {
    expect(rows(chart.svg).map((r) => r.attrs['data-place'])).toEqual(['Cairo', 'Ankara', 'Doha', 'Abu Dhabi', 'Astana', 'Washington']);
  });

  test('draws bar lengths in proportion to the distances', () => {
    const scale = distanceScale(distanceRows(figures), 320);
    const row = rows(chart.svg);
    const drawn = bars(chart.svg).slice(-row.length);
    expect(drawn).toHaveLength(6);
    drawn.forEach((bar, i) => {
      const value = Number(row[i]!.attrs['data-value']);
      expect(Number(bar.attrs.width)).toBeCloseTo(scale(value), 0);
    });
    expect(scale(0)).toBe(0);
  });

  test('prints each figure as given, never recomputing it', () => {
    const values = elements(chart.svg, 'text').filter((t) => t.attrs.class === 'dc-value').map((t) => t.inner);
    expect(values).toEqual(['400 km', '900 km', '1,800 km', '2,100 km', '3,700 km', '9,500 km']);
  });

  test('draws the comparison capitals as outlines, the members solid', () => {
    const comparison = bars(chart.svg).filter((b) => b.attrs.class?.includes('comparison'));
    expect(comparison.length).toBeGreaterThanOrEqual(2);
    for (const b of comparison) expect(b.attrs.fill).toBe('none');
  });

  test('can show only the four likely members', () => {
    const members = buildDistances(figures, { include: 'members' });
    expect(rows(members.svg).map((r) => r.attrs['data-place'])).toEqual(['Cairo', 'Ankara', 'Doha', 'Abu Dhabi']);
  });

  test('leaves out a place whose figure is missing, and refuses to draw nothing', () => {
    expect(distanceRows({ distanceCairoKm: figures.distanceCairoKm })).toHaveLength(1);
    expect(() => buildDistances({})).toThrow(/none of the distance figures/);
  });

  test('has a text equivalent: a description and a table row per capital', () => {
    expect(chart.description).toContain('Cairo 400 km');
    expect(chart.table!.rows).toHaveLength(6);
    expect(chart.table!.rows[0]).toEqual(['Cairo', 'Egypt', 'likely member of the force (P11)', '400 km']);
  });

  test('escapes figure text', () => {
    const svg = buildDistances({ distanceCairoKm: { value: 1, display: '<1 km & more' } }).svg;
    assertWellFormed(svg);
    expect(svg).toContain('&lt;1 km &amp; more');
  });
});
