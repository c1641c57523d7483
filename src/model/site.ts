/**
 * Who publishes the story and when: src/content/site.json, the one place for
 * the byline, the publisher, the language and the publication date that the
 * story's structured data (build/news-article.ts) and sitemap read. Where the
 * site lives (its address and path) is not here: that is SITE_URL and
 * BASE_PATH, set at build time (scripts/site-config.mjs).
 */
import { z } from 'astro/zod';
import siteJson from '../content/site.json';
import { isIsoDate, parseFile } from './parse-file';

export const SITE_FILE = 'src/content/site.json';

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD, such as 2025-11-07');

/** A person or an organisation credited with the story (schema.org Person / Organization). */
const party = z.strictObject({
  type: z.enum(['Person', 'Organization']),
  name: z.string().trim().min(2),
  /** Their page (a profile, the newsroom's home page): absolute https. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

export const siteSchema = z.strictObject({
  /** A note for whoever edits the file (JSON has no comments). */
  $comment: z.string().optional(),
  /** The story's language, as a BCP 47 tag ("en", "en-GB"). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a BCP 47 language tag such as en or en-GB'),
  /** The day the story was first published. */
  datePublished: isoDate,
  /** The byline: one or more people or organisations. */
  author: z.array(party).min(1, 'needs at least one author'),
  /** The organisation that publishes the story. */
  publisher: party.extend({ type: z.literal('Organization', 'the publisher must be an Organization') }),
});
export type SiteMeta = z.infer<typeof siteSchema>;
export type Party = SiteMeta['author'][number];

export const parseSiteMeta = (value: unknown, file = SITE_FILE): SiteMeta => parseFile(siteSchema, value, file);

export const SITE_META = parseSiteMeta(siteJson);
