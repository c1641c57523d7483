/**
 * The timeline in Arabic (src/content/timeline/ar.json): every event
 * translated, with the English event's dates, precision and citations; the
 * chart drawn from it runs right to left.
 */
import { describe, expect, test } from 'vitest';
import { EVENTS, eventsIn } from '../../../src/model/timeline-events';
import { renderChart } from '../../../src/charts/registry';


describe('the Arabic timeline', () => {
  const arabic = eventsIn('ar');
  test('has every event, with the same dates and citations, in Arabic words', () => {
    expect(arabic.map((e) => e.id)).toEqual(EVENTS.map((e) => e.id));
    arabic.forEach((e, i) => {
      const { label: _l, short: _s, who: _w, ...facts } = e;
      const { label: _l2, short: _s2, who: _w2, ...english } = EVENTS[i]!;
      expect({ ...facts, when: undefined }, e.id).toEqual({ ...english, when: undefined });
      for (const text of [e.label, e.short, e.who]) expect(text, e.id).toMatch(/[\u0600-\u06FF]/);
    });
    expect(eventsIn('en')).toBe(EVENTS);
  });

  test('is drawn right to left, in Arabic, with an Arabic caption and source', () => {
    const chart = renderChart('timeline', { figures: {}, lang: 'ar' }) // the timeline reads no figure;
    const x = (id: string) => Number(new RegExp(`data-event="${id}"[^>]*cx="([\\d.]+)"|cx="([\\d.]+)"[^>]*data-event="${id}"`).exec(chart.svg)!.slice(1).find(Boolean));
    expect(x('ceasefire')).toBeGreaterThan(x('witkoff-statement'));
    expect(chart.svg).toContain('أكتوبر');
    expect(chart.svg).not.toMatch(/>Oct|Nov</);
    expect(chart.caption).toMatch(/[\u0600-\u06FF]/);
    expect(chart.source).toMatch(/^المصدر: تقرير 6–7 نوفمبر 2025، P2، /);
    expect(chart.table!.columns[0]).toBe('التاريخ');
  });
});
