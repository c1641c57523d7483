import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PARAGRAPH_IDS } from '../../../src/model/ids';
import { EVENTS, isDated, utcDay } from '../../../src/model/timeline-events';

/** The report's paragraphs by id (shared/source/article.md, beside the project). */
const ARTICLE = readFileSync(new URL('../../../../shared/source/article.md', import.meta.url), 'utf8');
const paragraphs = Object.fromEntries(
  [...ARTICLE.matchAll(/^## (P\d+)\n+([\s\S]*?)(?=\n## |\s*$)/gm)].map((m) => [m[1]!, m[2]!.trim()]),
);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day and month the report's words name ("October 10", "Thursday (November 6)"), or null. */
function dayInWords(words: string): { month: number; day: number } | null {
  const m = new RegExp(`(${MONTHS.join('|')}) (\\d{1,2})\\b`).exec(words);
  if (m) return { month: MONTHS.indexOf(m[1]!) + 1, day: Number(m[2]) };
  // The report names one weekday, and dates it once: "on Thursday (November 6)" (P2).
  if (/\bThursday\b/.test(words)) return dayInWords(/Thursday \(([^)]*)\)/.exec(ARTICLE)![1]!);
  return null;
}

describe('events of the report', () => {
  test('the report is read: twelve paragraphs', () => {
    expect(Object.keys(paragraphs)).toHaveLength(12);
  });

  test('every event cites report paragraphs and says who said it', () => {
    for (const e of EVENTS) {
      expect(e.cites.length, e.id).toBeGreaterThan(0);
      for (const p of e.cites) expect(PARAGRAPH_IDS).toContain(p);
      expect(e.who.length, e.id).toBeGreaterThan(0);
    }
  });

  test('the words an event is dated by stand verbatim in a paragraph it cites', () => {
    for (const e of EVENTS.filter((x) => x.inReport !== null)) {
      expect(e.cites.some((p) => paragraphs[p]!.includes(e.inReport!)), e.id).toBe(true);
    }
  });

  test('no event is dated more precisely than the report allows: a mark on the axis needs a day and month in the report’s words', () => {
    for (const e of EVENTS) {
      const named = e.inReport === null ? null : dayInWords(e.inReport);
      if (!isDated(e)) continue;
      expect(named, `${e.id}: dated on the axis, but the report names no day`).not.toBeNull();
      const start = utcDay(e.start);
      expect([start.getUTCMonth() + 1, start.getUTCDate()], e.id).toEqual([named!.month, named!.day]);
    }
    // And every event the report does not give a day for is undated, not guessed.
    for (const e of EVENTS.filter((x) => x.inReport === null || dayInWords(x.inReport) === null)) {
      expect(e.precision, e.id).toBe('undated');
    }
  });

  test('spans end after they start; days have no end; undated events have no dates at all', () => {
    for (const e of EVENTS) {
      if (!isDated(e)) {
        expect('start' in e || 'end' in e, e.id).toBe(false);
        expect(e.when.length, e.id).toBeGreaterThan(0);
      } else if (e.precision === 'day') expect(e.end, e.id).toBeUndefined();
      else expect(utcDay(e.end!).getTime(), e.id).toBeGreaterThan(utcDay(e.start).getTime());
    }
  });

  test('holds the report’s dates: ceasefire 10 October, statements 6 November; the March cut-off and the “three weeks” remark undated', () => {
    const byId = Object.fromEntries(EVENTS.map((e) => [e.id, e]));
    expect(byId['cut-off-claimed']).toMatchObject({ precision: 'undated', when: 'Since March (no year given)' });
    expect(byId['cut-off-claimed']!.short).toMatch(/claimed/);
    expect(byId.ceasefire).toMatchObject({ precision: 'day', start: '2025-10-10' });
    expect(byId['rafah-attacks']).toMatchObject({ precision: 'span', start: '2025-10-10', end: '2025-11-06' });
    expect(byId['rafah-attacks']!.short).toBe('At least two attacks in Rafah (dates not given)');
    for (const id of ['witkoff-statement', 'trump-statement', 'kazakhstan-accords']) expect(byId[id]).toMatchObject({ precision: 'day', start: '2025-11-06' });
    expect(byId['force-formation']).toMatchObject({ precision: 'undated', inReport: null });
  });

  test('the 200 personnel are cited to the paragraph that gives them (P2)', () => {
    const witkoff = EVENTS.find((e) => e.id === 'witkoff-statement')!;
    expect(witkoff.cites).toEqual(['P2']);
    expect(paragraphs.P2).toMatch(/approximately 200 Hamas personnel/);
  });

  test('uses the public spellings of names', () => {
    const text = EVENTS.map((e) => `${e.label} ${e.short} ${e.who}`).join(' ');
    expect(text).toContain('Steve Witkoff');
    expect(text).not.toMatch(/Witkov\b/);
  });

  test('utcDay reads a calendar date as a UTC day and rejects anything else', () => {
    expect(utcDay('2025-11-06').toISOString()).toBe('2025-11-06T00:00:00.000Z');
    expect(() => utcDay('6 Nov 2025')).toThrow();
  });
});
