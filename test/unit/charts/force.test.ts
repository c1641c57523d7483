import { describe, expect, test } from 'vitest';
import { buildForce } from '../../../src/charts/force';
import { INTERNATIONAL_FORCE } from '../../../src/model/report-data';
import { assertWellFormed, elements, visibleTexts, withAttr } from '../svg-reading';

const chart = buildForce(INTERNATIONAL_FORCE, { idPrefix: 'fc' });

describe('force chart', () => {
  test('is well-formed SVG', () => {
    assertWellFormed(chart.svg);
  });

  test('shows the four likely members and the three tasks, each once', () => {
    expect(withAttr(chart.svg, 'data-member').map((m) => m.attrs['data-member'])).toEqual(['egypt', 'qatar', 'turkey', 'united-arab-emirates']);
    expect(withAttr(chart.svg, 'data-task')).toHaveLength(3);
    const texts = visibleTexts(chart.svg).join(' ');
    for (const name of ['Egypt', 'Qatar', 'Turkey', 'United Arab Emirates', 'Border security']) expect(texts).toContain(name);
  });

  test('joins members to the force and the force to its tasks, never a country to a task', () => {
    const links = withAttr(chart.svg, 'data-from').map((l) => `${l.attrs['data-from']}→${l.attrs['data-to']}`);
    expect(links).toEqual(['members→force', 'force→tasks']);
  });

  test('holds no numbers (the report gives no troop numbers)', () => {
    for (const text of visibleTexts(chart.svg)) expect(text).not.toMatch(/\d/);
    expect(chart.description).not.toMatch(/\d/);
  });

  test('says the tasks belong to the whole force', () => {
    expect(visibleTexts(chart.svg).join(' ')).toMatch(/no task to any single country/);
    expect(chart.description).toMatch(/no task to any single country and gives no troop numbers/);
  });

  test('fits its boxes inside the drawing at phone and projector widths', () => {
    for (const width of [320, 960]) {
      const svg = buildForce(INTERNATIONAL_FORCE, { width }).svg;
      const box = elements(svg, 'rect');
      for (const r of box) expect(Number(r.attrs.x) + Number(r.attrs.width)).toBeLessThanOrEqual(width);
    }
    const wide = buildForce(INTERNATIONAL_FORCE, { width: 960 }).svg;
    expect(elements(wide, 'text').filter((t) => t.inner.includes('United Arab Emirates'))).toHaveLength(1);
  });
});
