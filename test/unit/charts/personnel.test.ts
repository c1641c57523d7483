import { describe, expect, test } from 'vitest';
import { buildPersonnel, unitGrid } from '../../../src/charts/personnel';
import { HAMAS_PERSONNEL } from '../../../src/model/report-data';
import { assertWellFormed, elements, visibleTexts, withAttr } from '../svg-reading';

const chart = buildPersonnel(HAMAS_PERSONNEL, { idPrefix: 'pc' });

describe('personnel unit chart', () => {
  test('is well-formed SVG', () => {
    assertWellFormed(chart.svg);
  });

  test('draws one dot per person: 200, in 10 rows of 20', () => {
    expect(elements(chart.svg, 'circle')).toHaveLength(200);
    const grid = unitGrid(200, 20);
    expect(new Set(grid.map((u) => u.row)).size).toBe(10);
    expect(new Set(grid.map((u) => u.column)).size).toBe(20);
  });

  test('shows that the number is approximate: a pale last row in a dashed outline', () => {
    const approx = withAttr(chart.svg, 'data-approximate')[0]!;
    expect(approx.attrs['data-units']).toBe('20');
    expect(Number(approx.attrs['fill-opacity'])).toBeLessThan(1);
    const outline = elements(chart.svg, 'rect').find((r) => r.attrs.class === 'pc-approx-outline');
    expect(outline?.attrs['stroke-dasharray']).toBeTruthy();
  });

  test('labels the number as approximate and attributes it to Steve Witkoff', () => {
    const texts = visibleTexts(chart.svg).join(' ');
    expect(texts).toContain('about 200 (approximate, as stated by Steve Witkoff)');
    expect(texts).toMatch(/exact number was not given/);
  });

  test('has a text equivalent with the number, who said it and the paragraph', () => {
    expect(chart.description).toMatch(/200 dots/);
    expect(chart.description).toMatch(/approximate/);
    expect(chart.table!.rows[0]).toEqual(expect.arrayContaining(['about 200 (approximate)', 'P2']));
  });
});
