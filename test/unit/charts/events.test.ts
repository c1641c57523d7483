import { describe, expect, test } from 'vitest';
import { PARAGRAPH_IDS } from '../../../src/lib/geo/catalog';
import { EVENTS, utcDay } from '../../../src/lib/story/events';

describe('events of the report', () => {
  test('every event cites report paragraphs and says who said it', () => {
    for (const e of EVENTS) {
      expect(e.cites.length, e.id).toBeGreaterThan(0);
      for (const p of e.cites) expect(PARAGRAPH_IDS).toContain(p);
      expect(e.who.length, e.id).toBeGreaterThan(0);
    }
  });

  test('spans, windows and months have an end after their start; days have none', () => {
    for (const e of EVENTS) {
      if (e.precision === 'day') expect(e.end, e.id).toBeUndefined();
      else expect(utcDay(e.end!).getTime(), e.id).toBeGreaterThan(utcDay(e.start).getTime());
    }
  });

  test('holds the report’s dates: cut-off claimed in March, ceasefire 10 October, statements 6 November, force within three weeks', () => {
    const byId = Object.fromEntries(EVENTS.map((e) => [e.id, e]));
    expect(byId['cut-off-claimed']).toMatchObject({ precision: 'month', start: '2025-03-01', end: '2025-04-01' });
    expect(byId['cut-off-claimed']!.short).toMatch(/claimed/);
    expect(byId.ceasefire).toMatchObject({ precision: 'day', start: '2025-10-10' });
    expect(byId['rafah-attacks']).toMatchObject({ precision: 'span', start: '2025-10-10', end: '2025-11-06' });
    expect(byId['rafah-attacks']!.short).toBe('At least two attacks in Rafah (dates not given)');
    for (const id of ['witkoff-statement', 'trump-statement', 'kazakhstan-accords']) expect(byId[id]).toMatchObject({ precision: 'day', start: '2025-11-06' });
    expect(byId['force-formation']).toMatchObject({ precision: 'window', start: '2025-11-06', end: '2025-11-27' });
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
