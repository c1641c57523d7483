/** A page's language from its path, and the same page in the other language, at / and under a base path. */
import { describe, expect, test } from 'vitest';
import { langOfPath, langPrefix, pathInLang } from '../../../src/model/lang';

describe('languages in paths', () => {
  test.each([
    ['/', '/', 'en'], ['/ar/', '/', 'ar'], ['/ar/present/notes/', '/', 'ar'], ['/present/', '/', 'en'],
    ['/archive/', '/', 'en'], ['/graphics/rafah/ar/embed/rafah/', '/graphics/rafah/', 'ar'], ['/graphics/rafah/embed/', '/graphics/rafah/', 'en'],
  ])('%s (base %s) is %s', (path, base, lang) => {
    expect(langOfPath(path, base)).toBe(lang);
  });

  test('the same page in the other language', () => {
    expect(pathInLang('/present/', '/', 'ar')).toBe('/ar/present/');
    expect(pathInLang('/ar/present/', '/', 'en')).toBe('/present/');
    expect(pathInLang('/graphics/rafah/ar/embed/rafah/', '/graphics/rafah/', 'en')).toBe('/graphics/rafah/embed/rafah/');
    expect(pathInLang('/', '/', 'ar')).toBe('/ar/');
    expect(langPrefix('en')).toBe('');
  });
});
