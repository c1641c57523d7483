/**
 * The glossary: every name the maps draw (the features of every map source
 * but the world's outlines, which carry no label) and every public source's
 * work exists in both languages, so the maps, the map in words and the
 * source lines never fall back to English on an Arabic page.
 */
import { describe, expect, test } from 'vitest';
import { loadSources, SOURCE_IDS } from '../../../src/geo/layers';
import { KEEP_IN_LATIN, nameIn, TERMS } from '../../../src/model/glossary';
import { PUBLIC_FACT_SOURCES } from '../../../src/model/credits';

const mapNames = [...new Set(SOURCE_IDS.filter((s) => s !== 'world').flatMap((s) =>
  loadSources()[s].features.map((f) => String(f.properties?.name))))];

describe('the glossary', () => {
  test('names each English term once, each with an Arabic form in Arabic script', () => {
    expect(new Set(TERMS.map((t) => t.en)).size).toBe(TERMS.length);
    for (const t of TERMS) expect(t.ar, t.en).toMatch(/^[^A-Za-z]*[\u0600-\u06FF][^A-Za-z]*$/);
  });

  test.each(mapNames)('the map name "%s" is in both languages', (name) => {
    expect(nameIn('en', name)).toBe(name);
    expect(nameIn('ar', name)).toMatch(/[\u0600-\u06FF]/);
  });

  test('every public source\'s work has an Arabic name', () => {
    for (const s of PUBLIC_FACT_SOURCES) expect(nameIn('ar', s.work)).toMatch(/[\u0600-\u06FF]/);
  });

  test('a name the glossary lacks stops the build, naming it', () => {
    expect(() => nameIn('ar', 'Atlantis')).toThrow('no Arabic form of "Atlantis"');
  });

  test('the Latin words it lets the Arabic pages keep are few and exact', () => {
    expect(KEEP_IN_LATIN.length).toBeLessThan(25);
    expect(KEEP_IN_LATIN.some((re) => re.test('P12'))).toBe(true);
    expect(KEEP_IN_LATIN.some((re) => re.test('Rafah'))).toBe(false);
  });
});
