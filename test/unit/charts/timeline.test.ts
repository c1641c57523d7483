import { describe, expect, test } from 'vitest';
import { buildTimeline, formatEventDate, monthBands, sortEvents, timelineScale } from '../../../src/lib/charts/timeline';
import { EVENTS, utcDay, type StoryEvent } from '../../../src/lib/story/events';
import { assertWellFormed, elements, num, textOf, visibleTexts, withAttr } from './svg-reading';

const chart = buildTimeline(EVENTS, { width: 320, idPrefix: 'tl' });
const mark = (id: string) => withAttr(chart.svg, 'data-event').find((e) => e.attrs['data-event'] === id)!;
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.11);

describe('timeline', () => {
  test('is well-formed SVG', () => {
    assertWellFormed(chart.svg);
  });

  test('the time axis runs over whole months, March to the end of November 2025', () => {
    const scale = timelineScale(EVENTS, 320);
    expect(scale.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2025-03-01', '2025-12-01']);
    expect(monthBands(scale).map((b) => b.label)).toEqual(['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
  });

  test('draws a tick label for each month that fits, and the year', () => {
    const labels = elements(chart.svg, 'text').filter((t) => t.attrs['data-month']).map((t) => textOf(t.inner));
    expect(labels[0]).toBe('Mar');
    expect(labels.at(-1)).toBe('Nov');
    expect(visibleTexts(chart.svg)).toContain('2025');
  });

  test('places events in time order, left to right', () => {
    const x = (id: string) => num(mark(id).attrs.cx ?? mark(id).attrs.x);
    const order = ['cut-off-claimed', 'ceasefire', 'witkoff-statement'];
    expect(order.map(x)).toEqual([...order.map(x)].sort((a, b) => a - b));
    expect(x('witkoff-statement')).toBeGreaterThan(x('ceasefire'));
  });

  test('lists events in time order, whatever order they are given in', () => {
    const shuffled = [...EVENTS].reverse();
    const rows = withAttr(buildTimeline(shuffled).svg, 'data-row').map((r) => r.attrs['data-row']);
    expect(rows[0]).toBe('cut-off-claimed');
    expect(rows[1]).toBe('ceasefire');
    expect(rows.at(-1)).toBe('force-formation');
  });

  test('draws the force-formation window from 6 to 27 November, hatched and dashed', () => {
    const scale = timelineScale(EVENTS, 320);
    const w = mark('force-formation');
    expect(w.tag).toBe('rect');
    close(num(w.attrs.x), scale(utcDay('2025-11-06')));
    close(num(w.attrs.x) + num(w.attrs.width), scale(utcDay('2025-11-27')));
    expect(w.attrs.fill).toBe('url(#tl-hatch)');
    expect(w.attrs['stroke-dasharray']).toBeTruthy();
    expect(elements(chart.svg, 'pattern')[0]!.attrs.id).toBe('tl-hatch');
  });

  test('draws the claimed March cut-off as an open, dashed, month-wide box', () => {
    const scale = timelineScale(EVENTS, 320);
    const m = mark('cut-off-claimed');
    expect(m.tag).toBe('rect');
    expect(m.attrs.fill).toBe('none');
    expect(m.attrs['stroke-dasharray']).toBeTruthy();
    close(num(m.attrs.width), scale(utcDay('2025-04-01')) - scale(utcDay('2025-03-01')));
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
      close(num(mark(id).attrs.cx), scale(utcDay(EVENTS.find((e) => e.id === id)!.start)));
    }
  });

  test('writes each date as precisely as the report gives it', () => {
    const byId = Object.fromEntries(EVENTS.map((e) => [e.id, formatEventDate(e)]));
    expect(byId['cut-off-claimed']).toBe('March 2025 (month only)');
    expect(byId.ceasefire).toBe('10 Oct 2025');
    expect(byId['rafah-attacks']).toBe('10 Oct – 6 Nov 2025');
    expect(byId['force-formation']).toBe('6–27 Nov 2025 (deadline window)');
    expect(formatEventDate(EVENTS.find((e) => e.id === 'force-formation')!, true)).toBe('6–27 Nov 2025');
  });

  test('writes each date in bold at the start of its row', () => {
    const dates = elements(chart.svg, 'tspan').filter((t) => t.attrs.class === 'tl-date').map((t) => textOf(t.inner).replace(/\u00a0/g, ' '));
    expect(dates).toEqual(sortEvents(EVENTS).map((e) => formatEventDate(e, true)));
  });

  test('has a text equivalent: a description and one table row per event', () => {
    expect(chart.description).toMatch(/March 2025/);
    expect(chart.table!.rows).toHaveLength(EVENTS.length);
    expect(chart.table!.columns).toContain('Who says so');
    expect(chart.svg).toContain('<desc id="tl-desc">');
  });

  test('escapes labels', () => {
    const evil: StoryEvent = { id: 'x', label: 'x', short: '<b>bold</b> & "quoted"', start: '2025-11-06', precision: 'day', cites: ['P2'], who: 'x' };
    const svg = buildTimeline([evil]).svg;
    assertWellFormed(svg);
    expect(elements(svg, 'b')).toEqual([]);
    expect(visibleTexts(svg).join(' ')).toContain('<b>bold</b> & "quoted"');
  });
});
