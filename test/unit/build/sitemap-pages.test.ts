import { describe, expect, test } from 'vitest';
import { sitemapIncludes } from '../../../scripts/sitemap-pages.mjs';

describe('the sitemap’s pages', () => {
  test.each(['/', '/present/', '/handout/', '/data/', '/ar/', '/ar/present/'])('lists %s', (path) => {
    expect(sitemapIncludes(path, '/')).toBe(true);
    expect(sitemapIncludes(`/graphics/rafah${path}`, '/graphics/rafah/')).toBe(true);
  });
  test.each(['/embed/', '/embed/rafah/', '/share/rafah/', '/present/notes/', '/404/', '/ar/embed/rafah/', '/ar/share/rafah/'])('leaves out %s', (path) => {
    expect(sitemapIncludes(path, '/')).toBe(false);
    expect(sitemapIncludes(`/graphics/rafah${path}`, '/graphics/rafah/')).toBe(false);
  });
  test('nothing outside the base path', () => {
    expect(sitemapIncludes('/elsewhere/', '/graphics/rafah/')).toBe(false);
  });
});
