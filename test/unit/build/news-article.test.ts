/**
 * The story's NewsArticle JSON-LD, checked against schema.org's vocabulary
 * (each property's expected types, written out below from schema.org/NewsArticle,
 * /ImageObject, /Person and /Organization) and Google's Article guidance
 * (headline of at most 110 characters, ISO 8601 dates, absolute URLs, an
 * image, an author with a name and a type).
 */
import { describe, expect, test } from 'vitest';
import { newsArticle, type NewsArticleInput } from '../../../src/build/news-article';
import { SITE_META } from '../../../src/model/site';
import { REPORT, STORY_TEXT } from '../../../src/model/credits';

const INPUT: NewsArticleInput = {
  url: 'https://news.example.org/graphics/rafah/',
  headline: STORY_TEXT.title,
  description: STORY_TEXT.description,
  image: { url: 'https://news.example.org/graphics/rafah/share/story.png', width: 1200, height: 630 },
  site: SITE_META,
  siteRoot: 'https://news.example.org/graphics/rafah/',
  dateModified: SITE_META.datePublished,
  report: REPORT,
};

type Json = Record<string, unknown>;
const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/]+\//.test(v) && URL.canParse(v);
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v));
const isInteger = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
const typed = (types: string[], check: (o: Json) => string[]) => (v: unknown): string[] => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return ['is not an object'];
  const o = v as Json;
  if (!types.includes(o['@type'] as string)) return [`@type ${String(o['@type'])} is not one of ${types.join(', ')}`];
  return check(o);
};
const props = (spec: Record<string, (v: unknown) => boolean | string[]>, required: string[]) => (o: Json): string[] => {
  const problems = required.filter((k) => !(k in o)).map((k) => `${k} is missing`);
  for (const [k, v] of Object.entries(o)) {
    if (k === '@type' || k === '@context') continue;
    const check = spec[k];
    if (!check) { problems.push(`${k} is not a property this check knows (add it with its schema.org types)`); continue; }
    const result = check(v);
    if (result === false) problems.push(`${k} has the wrong type: ${JSON.stringify(v)}`);
    if (Array.isArray(result)) problems.push(...result.map((p) => `${k}: ${p}`));
  }
  return problems;
};
const oneOrMany = (check: (v: unknown) => string[]) => (v: unknown) => (Array.isArray(v) ? (v.length ? v.flatMap(check) : ['is empty']) : check(v));

/** schema.org: Person / Organization (name: Text; url: URL). */
const party = (types: string[]) => typed(types, props({ name: isText, url: isUrl }, ['name']));
/** schema.org: ImageObject (url: URL; width, height: Integer or QuantitativeValue). */
const imageObject = typed(['ImageObject'], props({ url: isUrl, width: isInteger, height: isInteger }, ['url']));
/** schema.org NewsArticle's properties used here, with their expected types. */
const newsArticleProps = props({
  headline: (v) => isText(v) && (v as string).length <= 110, // Google: at most 110 characters
  description: isText,
  url: isUrl,
  mainEntityOfPage: (v) => isUrl(v) || typed(['WebPage'], props({ '@id': isUrl }, ['@id']))(v),
  image: (v) => isUrl(v) || oneOrMany(imageObject)(v),
  datePublished: isDate,
  dateModified: isDate,
  inLanguage: (v) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(v),
  author: oneOrMany(party(['Person', 'Organization'])),
  publisher: party(['Organization']),
  isBasedOn: (v) => isUrl(v) || typed(['CreativeWork', 'NewsArticle', 'Article'], props({ name: isText, description: isText, url: isUrl }, ['name']))(v),
}, ['headline', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'inLanguage', 'description', 'isBasedOn']);

describe('the story’s NewsArticle', () => {
  const ld = newsArticle(INPUT) as unknown as Json;

  test('is a schema.org NewsArticle', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
  });

  test('every property has the type schema.org expects, and the required ones are there', () => {
    expect(newsArticleProps(ld)).toEqual([]);
  });

  test('the check itself fails on a wrong value', () => {
    expect(newsArticleProps({ ...ld, datePublished: '7 November 2025', author: [{ '@type': 'Thing', name: 'x' }], headline: 'x'.repeat(111) })).toEqual([
      expect.stringMatching(/^headline has the wrong type/),
      expect.stringMatching(/^datePublished has the wrong type/),
      'author: @type Thing is not one of Person, Organization',
    ]);
    const { author: _author, ...withoutAuthor } = ld;
    expect(newsArticleProps(withoutAuthor)).toEqual(['author is missing']);
  });

  test('dates come from the site-metadata file and the corrections log', () => {
    expect(ld.datePublished).toBe(SITE_META.datePublished);
    expect(newsArticle({ ...INPUT, dateModified: '2025-11-20' }).dateModified).toBe('2025-11-20');
  });

  test('the publisher links to the site unless it gives its own page; the report is its source', () => {
    expect((ld.publisher as Json).url).toBe('https://news.example.org/graphics/rafah/');
    expect(ld.isBasedOn).toEqual({ '@type': 'CreativeWork', name: REPORT.title, description: `News report dated ${REPORT.dated}` });
  });
});
