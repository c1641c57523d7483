/** The site-metadata file (src/content/site.json): valid as committed; a wrong field is named. */
import { describe, expect, test } from 'vitest';
import { parseSiteMeta, SITE_META } from '../../../src/model/site';

describe('the site-metadata file', () => {
  const good = { language: 'en', datePublished: '2025-11-07', author: [{ type: 'Person', name: 'A. Reporter' }], publisher: { type: 'Organization', name: 'A newsroom' } };

  test('is valid as committed', () => {
    expect(SITE_META.language).toBe('en');
  });

  test.each([
    [{ ...good, datePublished: '2025-11' }, /^site\.json: datePublished: must be a calendar date/],
    [{ ...good, author: [] }, /^site\.json: author: needs at least one author/],
    [{ ...good, author: [{ type: 'Robot', name: 'x y' }] }, /^site\.json: author\.0\.type: /],
    [{ ...good, publisher: { type: 'Person', name: 'A. Reporter' } }, /^site\.json: publisher\.type: the publisher must be an Organization/],
    [{ ...good, publisher: { ...good.publisher, url: 'http://news.example.org/' } }, /^site\.json: publisher\.url: /],
    [{ ...good, language: 'English' }, /^site\.json: language: must be a BCP 47 language tag/],
  ])('refuses %j, naming the field', (bad, message) => {
    expect(() => parseSiteMeta(bad, 'site.json')).toThrow(message);
  });
});
