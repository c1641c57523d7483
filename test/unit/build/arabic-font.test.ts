/** The Arabic face's characters (scripts/arabic-font.mjs): read from the site's text, Arabic only. */
import { describe, expect, test } from 'vitest';
import { arabicCharacters } from '../../../scripts/arabic-font.mjs';

describe('the Arabic characters the site uses', () => {
  const chars = arabicCharacters('src');
  test('are the Arabic letters, marks and punctuation of the Arabic text, and nothing else', () => {
    for (const c of ['ر', 'ف', 'ح', 'ة', 'ى', '،', '؛', 'ً']) expect(chars, c).toContain(c);
    expect(chars.some((c) => /[A-Za-z0-9]/.test(c))).toBe(false);
    expect(chars.length).toBeLessThan(80);
  });
});
