import { describe, expect, test } from 'vitest';
import { CHART_IDS } from '../../../src/model/ids';
import { citeList, renderChart } from '../../../src/charts/registry';
import type { DistanceFigures } from '../../../src/charts/distances';
import { textSizeFor } from '../../../src/util/svg';
import { assertWellFormed, elements, textOf, withAttr } from '../svg-reading';

const figures: DistanceFigures = {
  distanceCairoKm: { value: 350, display: '350 km' },
  distanceDohaKm: { value: 1800, display: '1,800 km' },
  distanceAnkaraKm: { value: 950, display: '950 km' },
  distanceAbuDhabiKm: { value: 2100, display: '2,100 km' },
};

describe.each(CHART_IDS)('chart "%s"', (name) => {
  const chart = renderChart(name, { figures, idPrefix: `p-${name}` });
  const root = elements(chart.svg, 'svg')[0]!;

  test('is one well-formed image, named by its title and described by its desc', () => {
    assertWellFormed(chart.svg);
    expect(root.attrs.role).toBe('img');
    expect(textOf(elements(chart.svg, 'title').find((t) => t.attrs.id === root.attrs['aria-labelledby'])!.inner)).toBe(chart.title);
    expect(textOf(elements(chart.svg, 'desc').find((t) => t.attrs.id === root.attrs['aria-describedby'])!.inner)).toBe(chart.description);
  });

  test('has a caption and a source line that cites the report', () => {
    expect(chart.caption.length).toBeGreaterThan(20);
    expect(chart.source).toMatch(/^Source: .*report of 6–7 November 2025, P\d+/);
  });

  test('scales with its container and keeps text at 14 px on a phone', () => {
    expect(root.attrs.width).toBe('100%');
    const width = Number(root.attrs.viewBox!.split(' ')[2]);
    expect(Number(root.attrs['font-size'])).toBeGreaterThanOrEqual(textSizeFor(width));
    // No text is set smaller than the root's size.
    expect(withAttr(chart.svg, 'font-size').filter((e) => Number(e.attrs['font-size']) < textSizeFor(width))).toEqual([]);
  });

  test('draws colours through currentColor or classes, so light and dark schemes work', () => {
    expect(root.attrs.fill).toBe('currentColor');
    expect(chart.svg).not.toMatch(/(fill|stroke)="#/);
  });
});

describe('chart registry', () => {
  test('lists the paragraphs a chart cites in order', () => {
    expect(citeList(['P10', 'P2', 'P3', 'P2'])).toBe('P2, P3 and P10');
    expect(citeList(['P11'])).toBe('P11');
  });

  test('the timeline cites every paragraph its events draw on', () => {
    expect(renderChart('timeline', { figures }).source).toBe('Source: report of 6–7 November 2025, P2, P3, P8, P10, P11 and P12.');
  });
});
