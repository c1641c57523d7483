/**
 * The interface dictionaries (src/content/ui/<lang>.json): a translation
 * has every key of the English and no other, the same placeholders in each
 * text, and text in its own script; the check that stops the build fails on
 * a planted missing key, naming it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDictionary, fill, missingKeys } from '../../../src/model/ui';
import { PROVIDER_NAME } from '../../../src/embed/snippet';

const read = (lang: string) => JSON.parse(readFileSync(`src/content/ui/${lang}.json`, 'utf8')) as Record<string, unknown>;
const en = read('en');
const ar = read('ar');

/** Every text of a dictionary by dotted key. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  test('Arabic has every English key, and English every Arabic key', () => {
    expect(missingKeys(en, ar)).toEqual([]);
    expect(missingKeys(ar, en)).toEqual([]);
  });

  test('a missing key is found and named, at any depth, and stops the build', () => {
    const planted = structuredClone(ar) as { embed: Record<string, string> };
    delete planted.embed.copy;
    expect(missingKeys(en, planted)).toEqual(['embed.copy']);
    expect(() => checkDictionary(en, planted, 'src/content/ui/ar.json')).toThrow('src/content/ui/ar.json: missing key(s) embed.copy');
    expect(() => checkDictionary(en, { ...ar, extra: 'x' }, 'ar.json')).toThrow('not in src/content/ui/en.json: extra');
  });

  test('each Arabic text has the same placeholders as its English one', () => {
    const arabic = new Map(texts(ar));
    for (const [key, text] of texts(en)) expect(placeholders(arabic.get(key)!), key).toEqual(placeholders(text));
  });

  test('each Arabic text is in Arabic script, or is a symbol, key name or empty', () => {
    for (const [key, text] of texts(ar)) {
      const bare = text.replace(/\{\w+\}/g, '');
      if (!/[A-Za-z]/.test(bare) || /[\u0600-\u06FF]/.test(bare)) continue;
      // Key names for aria-keyshortcuts, the language's own name in another script.
      expect(key, text).toMatch(/^common\.(prev|next)Keys$|^lang\./);
    }
  });

  test('fill puts values in their places and refuses an unknown one', () => {
    expect(fill('Chapter {n} of {total}', { n: 2, total: 10 })).toBe('Chapter 2 of 10');
    expect(() => fill('{missing}', {})).toThrow('no value for {missing}');
  });

  test('the English dictionary and the snippet agree on the provider name', () => {
    expect((en.embed as Record<string, string>).provider).toBe(PROVIDER_NAME);
  });
});
