import { describe, expect, test } from 'vitest';
import { buildTimeline, formatEventDate, monthBands, sortEvents, timelineScale } from '../../../src/charts/timeline';
import { EVENTS, isDated, utcDay, type StoryEvent } from '../../../src/model/timeline-events';
import { assertWellFormed, elements, num, textOf, visibleTexts, withAttr } from '../svg-reading';

const chart = buildTimeline(EVENTS, { width: 320, idPrefix: 'tl' });
const mark = (id: string) => withAttr(chart.svg, 'data-event').find((e) => e.attrs['data-event'] === id)!;
const startOf = (id: string) => { const e = EVENTS.find((x) => x.id === id)!; return isDated(e) ? e.start : ''; };
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.11);

describe('timeline', () => {
  test('is well-formed SVG', () => {
    assertWellFormed(chart.svg);
  });

  test('the time axis runs over the whole months of the dated events only, October to the end of November 2025', () => {
    const scale = timelineScale(EVENTS, 320);
    expect(scale.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2025-10-01', '2025-12-01']);
    expect(monthBands(scale).map((b) => b.label)).toEqual(['Oct', 'Nov']);
  });

  test('draws a tick label for each month that fits, and the year', () => {
    const labels = elements(chart.svg, 'text').filter((t) => t.attrs['data-month']).map((t) => textOf(t.inner));
    expect(labels[0]).toBe('Oct');
    expect(labels.at(-1)).toBe('Nov');
    expect(visibleTexts(chart.svg)).toContain('2025');
  });

  test('places events in time order, left to right', () => {
    const x = (id: string) => num(mark(id).attrs.cx ?? mark(id).attrs.x);
    const order = ['ceasefire', 'rafah-attacks', 'witkoff-statement'];
    expect(order.map(x)).toEqual([...order.map(x)].sort((a, b) => a - b));
    expect(x('witkoff-statement')).toBeGreaterThan(x('ceasefire'));
  });

  test('lists events in time order, whatever order they are given in', () => {
    const shuffled = [...EVENTS].reverse();
    const rows = withAttr(buildTimeline(shuffled).svg, 'data-row').map((r) => r.attrs['data-row']);
    expect(rows[0]).toBe('ceasefire');
    expect(rows[1]).toBe('rafah-attacks');
    expect(rows.slice(-2)).toEqual(['force-formation', 'cut-off-claimed']);
  });

  test('places no mark on the axis for what the report does not date: the March cut-off (no year) and the "three weeks" remark', () => {
    for (const id of ['cut-off-claimed', 'force-formation']) {
      const row = elements(chart.svg, 'g').find((r) => r.attrs['data-row'] === id)!;
      expect(row.attrs['data-precision'], id).toBe('undated');
      expect(elements(row.inner, 'circle'), id).toEqual([]);
      expect(elements(row.inner, 'rect'), id).toEqual([]);
    }
    expect(elements(chart.svg, 'pattern')).toEqual([]);
  });

  test('lists undated events under their own heading, below the axis, with what the report says instead of a date', () => {
    const texts = visibleTexts(chart.svg).join(' ').replace(/\u00a0/g, ' ');
    expect(texts).toContain('Not dated in the report');
    expect(texts).toContain('Since March (no year given)');
    expect(texts).toContain('Undated remark');
    expect(texts).not.toMatch(/March 2025|27 Nov/);
    const axisY = num(elements(chart.svg, 'line').find((l) => l.attrs.class === 'tl-axis-line')!.attrs.y1);
    const heading = elements(chart.svg, 'text').find((t) => t.attrs.class === 'tl-undated-heading')!;
    expect(num(heading.attrs.y)).toBeGreaterThan(axisY);
  });

  test('draws the undated attacks as one span from 10 October to 6 November, not as points', () => {
    const scale = timelineScale(EVENTS, 320);
    const attacks = withAttr(chart.svg, 'data-event').filter((e) => e.attrs['data-event'] === 'rafah-attacks');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.tag).toBe('rect');
    close(num(attacks[0]!.attrs.x), scale(utcDay('2025-10-10')));
    close(num(attacks[0]!.attrs.x) + num(attacks[0]!.attrs.width), scale(utcDay('2025-11-06')));
    expect(visibleTexts(chart.svg).join(' ')).toMatch(/dates not given/);
  });

  test('draws dated events as dots at their day', () => {
    const scale = timelineScale(EVENTS, 320);
    for (const id of ['ceasefire', 'witkoff-statement', 'trump-statement', 'kazakhstan-accords']) {
      expect(mark(id).tag).toBe('circle');
      close(num(mark(id).attrs.cx), scale(utcDay(startOf(id))));
    }
  });

  test('writes each date as precisely as the report gives it', () => {
    const byId = Object.fromEntries(EVENTS.map((e) => [e.id, formatEventDate(e)]));
    expect(byId['cut-off-claimed']).toBe('Since March (no year given)');
    expect(byId.ceasefire).toBe('10 Oct 2025');
    expect(byId['rafah-attacks']).toBe('10 Oct – 6 Nov 2025');
    expect(byId['force-formation']).toBe('Undated remark');
  });

  test('writes each date in bold at the start of its row', () => {
    const dates = elements(chart.svg, 'tspan').filter((t) => t.attrs.class === 'tl-date').map((t) => textOf(t.inner).replace(/\u00a0/g, ' '));
    expect(dates).toEqual(sortEvents(EVENTS).map((e) => formatEventDate(e)));
  });

  test('has a text equivalent: a description and one table row per event', () => {
    expect(chart.description).toMatch(/October 2025 to 6 November 2025/);
    expect(chart.description).toMatch(/Not dated in the report, and so not placed on the axis/);
    expect(chart.table!.rows).toHaveLength(EVENTS.length);
    expect(chart.table!.columns).toContain('Who says so');
    expect(chart.svg).toContain('<desc id="tl-desc">');
  });

  test('escapes labels', () => {
    const evil: StoryEvent = { id: 'x', label: 'x', short: '<b>bold</b> & "quoted"', start: '2025-11-06', precision: 'day', inReport: null, cites: ['P2'], who: 'x' };
    const svg = buildTimeline([evil]).svg;
    assertWellFormed(svg);
    expect(elements(svg, 'b')).toEqual([]);
    expect(visibleTexts(svg).join(' ')).toContain('<b>bold</b> & "quoted"');
  });
});
