/**
 * The corrections log: its schema (a wrong entry names the file, the entry
 * and the field), dateModified, and the log as readers see it. The real log
 * starts empty; these are fixtures (test/fixtures/corrections/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CORRECTIONS, correctionItems, dateModified, formatDate, parseCorrections } from '../../../src/model/corrections';
import { CHAPTER_IDS, type ChapterId } from '../../../src/model/ids';

const fixture = JSON.parse(readFileSync('test/fixtures/corrections/valid.json', 'utf8')) as unknown[];
const entry = { date: '2025-11-12', kind: 'update', text: 'Added the date on which the next phase was due to begin.' };
const titles = Object.fromEntries(CHAPTER_IDS.map((id) => [id, `Title of ${id}`])) as Record<ChapterId, string>;

describe('the corrections log', () => {
  test('starts empty: no entry is invented', () => {
    expect(CORRECTIONS).toEqual([]);
    expect(JSON.parse(readFileSync('src/content/corrections.json', 'utf8'))).toEqual([]);
  });

  test('accepts the fixture’s entries, with and without a chapter', () => {
    expect(parseCorrections(fixture, 'fixture.json')).toHaveLength(3);
  });

  test.each([
    [{ ...entry, date: '12 November 2025' }, /^fixture\.json: 0\.date: must be a calendar date written YYYY-MM-DD/],
    [{ ...entry, date: '2025-11-31' }, /^fixture\.json: 0\.date: must be a calendar date/],
    [{ ...entry, kind: 'erratum' }, /^fixture\.json: 0\.kind: must be "correction" or "update"/],
    [{ ...entry, text: 'Fixed.' }, /^fixture\.json: 0\.text: must say what changed in at least 20 characters/],
    [{ ...entry, chapter: 'gaza' }, /^fixture\.json: 0\.chapter: must be a chapter id: proposal, rafah/],
    [{ date: entry.date, kind: entry.kind }, /^fixture\.json: 0\.text: /],
    [{ ...entry, author: 'me' }, /^fixture\.json: 0: .*author/],
  ])('refuses %j, naming the field', (bad, message) => {
    expect(() => parseCorrections([bad], 'fixture.json')).toThrow(message);
  });

  test('names the entry that is wrong, by its place in the log', () => {
    expect(() => parseCorrections([entry, { ...entry, kind: 'x' }], 'fixture.json')).toThrow(/^fixture\.json: 1\.kind: /);
  });

  test('refuses anything but a list', () => {
    expect(() => parseCorrections({}, 'fixture.json')).toThrow(/^fixture\.json: \(top level\): /);
  });
});

describe('dateModified', () => {
  test('is the publication date while the log is empty', () => {
    expect(dateModified('2025-11-07', [])).toBe('2025-11-07');
  });
  test('is the latest entry’s date', () => {
    expect(dateModified('2025-11-07', parseCorrections(fixture))).toBe('2025-11-20');
  });
  test('an entry dated before publication is a mistake in the log, named', () => {
    expect(() => dateModified('2025-11-15', parseCorrections(fixture))).toThrow(/corrections\.json: 0\.date: 2025-11-12 is before the story's publication \(2025-11-15/);
  });
});

describe('the log as readers see it', () => {
  test('newest first (one day’s entries in the log’s order), dates in words, chapters by title', () => {
    const items = correctionItems(parseCorrections(fixture), titles);
    expect(items.map((i) => [i.iso, i.label])).toEqual([
      ['2025-11-20', 'Correction'], ['2025-11-12', 'Update'], ['2025-11-12', 'Correction'],
    ]);
    expect(items[0]).toEqual({ iso: '2025-11-20', date: '20 November 2025', label: 'Correction', text: expect.stringContaining('misspelled') });
    expect(items[1]!.chapter).toEqual({ id: 'next-phase', title: 'Title of next-phase' });
  });
  test('an empty log shows nothing', () => {
    expect(correctionItems([], titles)).toEqual([]);
  });
  test('dates are written as the story writes them', () => {
    expect(formatDate('2025-11-07')).toBe('7 November 2025');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });
});
