/**
 * The story's sources and credits, listed at the end of every surface, and
 * the story's standing text (headline, dek, dateline), read from
 * src/content/story/en.json. One place for this text; /data/ expands on it.
 */
import { z } from 'astro/zod';
import storyText from '../content/story/en.json';
import storyTextAr from '../content/story/ar.json';
import type { Lang } from './lang';
import { fill, ui } from './ui';
import { nameIn } from './glossary';

const STORY_TEXT_FILE = 'src/content/story/en.json';

const storyTextSchema = z.strictObject({
  /** The line above the headline. */
  kicker: z.string().min(3),
  /** The story's headline (the story's h1, the embeds' frame titles, oEmbed). */
  title: z.string().min(10).max(90),
  /** The summary under the headline: attributed, as the report attributes it. */
  dek: z.string().min(40).max(400),
  /** The page description (search results, link previews): one dated sentence. */
  description: z.string().min(40).max(300),
  /** What was reported when, and that the story is not updated: shown on every surface. */
  dateline: z.string().regex(/\d{4}/, 'the dateline must give the year of the report').min(30),
  /** In a translation: that it is one, and of which story (shown at its top). */
  translationNote: z.string().min(20).optional(),
  report: z.strictObject({
    title: z.string().min(10),
    dated: z.string().min(6),
    note: z.string().min(10),
  }),
});
export type StoryText = z.infer<typeof storyTextSchema>;

/** Validates a story text file; a wrong field stops the build naming the file and the field. */
export function parseStoryText(value: unknown, file: string): StoryText {
  const result = storyTextSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return result.data;
}

export const STORY_TEXT = parseStoryText(storyText, STORY_TEXT_FILE);

/** The story's standing text in each language (src/content/story/<lang>.json). */
export const STORY_TEXTS: Record<Lang, StoryText> = {
  en: STORY_TEXT,
  ar: parseStoryText(storyTextAr, 'src/content/story/ar.json'),
};

export const REPORT = STORY_TEXT.report;

/** The story's headline (the story's h1, the embeds' frame titles, oEmbed). */
export const STORY_TITLE = STORY_TEXT.title;

/** The one dateline every surface shows (story, slides, embeds, handout, /data/). */
export const DATELINE = STORY_TEXT.dateline;


/** The attribution the map shows (MapLibre's attribution control), from the dictionary. */
export const MAP_ATTRIBUTION = ui('en').map.attribution;

/**
 * The public sources used beside the report (shared/source/public-facts.md):
 * which reference work, which entries, and what the story uses them for.
 * Chapters cite them by id (frontmatter `sources`, and a key point's
 * `source`), so a chapter cannot cite a source this list lacks. /data/
 * shows them as a table; the credits list them as one line each.
 */
export const PUBLIC_FACT_SOURCES = [
  { id: 'wikipedia-rafah-crossing', work: 'Wikipedia', entries: ['Rafah Border Crossing'], usedFor: 'coordinates of the Rafah crossing' },
  { id: 'wikipedia-rafah', work: 'Wikipedia', entries: ['Rafah'], usedFor: 'coordinates of Rafah’s centre; area of Rafah governorate (about 64 km²)' },
  { id: 'wikipedia-kerem-shalom', work: 'Wikipedia', entries: ['Kerem Shalom border crossing'], usedFor: 'coordinates of the Kerem Shalom crossing' },
  { id: 'wikipedia-gaza-city', work: 'Wikipedia', entries: ['Gaza City'], usedFor: 'coordinates of Gaza City, where the distances and arcs end' },
  { id: 'wikipedia-deir-al-balah', work: 'Wikipedia', entries: ['Deir al-Balah'], usedFor: 'coordinates of Deir al-Balah' },
  { id: 'wikipedia-khan-yunis', work: 'Wikipedia', entries: ['Khan Yunis'], usedFor: 'coordinates of Khan Younis' },
  { id: 'wikipedia-arish', work: 'Wikipedia', entries: ['Arish'], usedFor: 'coordinates of El Arish' },
  { id: 'wikipedia-cairo', work: 'Wikipedia', entries: ['Cairo'], usedFor: 'coordinates of Cairo, for its distance and arc to Gaza City' },
  { id: 'wikipedia-doha', work: 'Wikipedia', entries: ['Doha'], usedFor: 'coordinates of Doha, for its distance and arc to Gaza City' },
  { id: 'wikipedia-ankara', work: 'Wikipedia', entries: ['Ankara'], usedFor: 'coordinates of Ankara, for its distance and arc to Gaza City' },
  { id: 'wikipedia-abu-dhabi', work: 'Wikipedia', entries: ['Abu Dhabi'], usedFor: 'coordinates of Abu Dhabi, for its distance and arc to Gaza City' },
  { id: 'wikipedia-washington', work: 'Wikipedia', entries: ['Washington, D.C.'], usedFor: 'coordinates of Washington, for its distance to Gaza City (in the distances chart)' },
  { id: 'wikipedia-astana', work: 'Wikipedia', entries: ['Astana'], usedFor: 'coordinates of Astana, for its distance and arc to Gaza City' },
  { id: 'hebrew-wikipedia-salah-al-din-gate', work: 'Hebrew Wikipedia', entries: ['Salah al-Din gate'], usedFor: 'the gate’s opening in 2018 and its position, about 4 km west of the Rafah crossing (no published coordinates)' },
  { id: 'wikipedia-gaza-strip', work: 'Wikipedia', entries: ['Gaza Strip'], usedFor: 'area (365 km²) and size, beside the computed figures' },
  { id: 'wikipedia-gaza-egypt-border', work: 'Wikipedia', entries: ['Gaza–Egypt border'], usedFor: 'length of the border (12 km), beside the computed figure' },
  { id: 'wikipedia-philadelphi', work: 'Wikipedia', entries: ['Philadelphi Route'], usedFor: 'length (about 14 km) and width of the corridor' },
  { id: 'wikipedia-governorates', work: 'Wikipedia', entries: ['Governorates of the Gaza Strip'], usedFor: 'area of Rafah governorate (about 64 km²), beside the computed figure' },
  { id: 'wikipedia-abraham-accords', work: 'Wikipedia', entries: ['Abraham Accords'], usedFor: 'members and the dates they signed' },
  { id: 'wikipedia-israel-kazakhstan', work: 'Wikipedia', entries: ['Israel–Kazakhstan relations'], usedFor: 'diplomatic relations since 10 April 1992' },
  { id: 'kazakhstan-embassy-israel', work: 'Embassy of Kazakhstan in Israel', entries: [], usedFor: 'diplomatic relations since 10 April 1992' },
  { id: 'cia-gaza-strip', work: 'CIA World Factbook', entries: ['Gaza Strip'], usedFor: 'area (360 km²) and boundary lengths (Egypt–Gaza border 13 km), beside the computed figures' },
] as const;

export type PublicSource = (typeof PUBLIC_FACT_SOURCES)[number];
export type PublicSourceId = PublicSource['id'];
export const PUBLIC_SOURCE_IDS = PUBLIC_FACT_SOURCES.map((s) => s.id) as [PublicSourceId, ...PublicSourceId[]];

const quoted = (entries: readonly string[]) => entries.map((e) => `“${e}”`).join(', ');

/** "Wikipedia, “Abraham Accords”", or the work alone when it has no entries. */
export function sourceName(id: PublicSourceId): string {
  const s = PUBLIC_FACT_SOURCES.find((p) => p.id === id);
  if (!s) throw new Error(`unknown public source "${id}"; allowed: ${PUBLIC_SOURCE_IDS.join(', ')}`);
  return s.entries.length ? `${s.work}, ${quoted(s.entries)}` : s.work;
}

/** "Wikipedia, “Abraham Accords”; Embassy of Kazakhstan in Israel", for a chapter's source line. */
export function sourceNames(ids: readonly PublicSourceId[]): string {
  return ids.map(sourceName).join('; ');
}

export const PUBLIC_SOURCES = PUBLIC_FACT_SOURCES.map((s) => `${sourceName(s.id)} (${s.usedFor})`);

/**
 * The source line under a chapter, card or handout entry: the report's
 * paragraphs, then any public source the chapter draws on.
 * "Source: the report of 6–7 November 2025, P12. Also: Wikipedia, “Abraham Accords”."
 */
export function chapterSourceLine(cites: readonly string[], sources: readonly PublicSourceId[] = []): string {
  const t = ui('en').sources;
  const report = fill(t.chapterLine, { dated: REPORT.dated, cites: cites.join(', ') });
  return sources.length ? fill(t.also, { line: report, names: sourceNames(sources) }) : report;
}

/** A piece of a source line; `lang` marks words quoted in another language (an English source's title). */
export interface SourcePart {
  text: string;
  lang?: Lang;
}

/**
 * A chapter's source line in a language, as parts: in a translation the
 * English titles of the public sources stay as published, marked as English.
 */
export function chapterSourceParts(
  cites: readonly string[],
  sources: readonly PublicSourceId[],
  lang: Lang,
): SourcePart[] {
  if (lang === 'en') return [{ text: chapterSourceLine(cites, sources) }];
  const t = ui(lang).sources;
  const report = fill(t.chapterLine, { dated: STORY_TEXTS[lang].report.dated, cites: cites.join(t.quoteOpen === '«' ? '، ' : ', ') });
  if (!sources.length) return [{ text: report }];
  const [before, after] = t.also.split('{names}') as [string, string];
  const parts: SourcePart[] = [{ text: fill(before, { line: report }) }];
  sources.forEach((id, i) => {
    if (i > 0) parts.push({ text: '؛ ' });
    parts.push(...sourceNameParts(id, lang));
  });
  parts.push({ text: after });
  return parts;
}

/** A public source's name in a language: its work translated, its entries' titles quoted as published. */
export function sourceNameParts(id: PublicSourceId, lang: Lang): SourcePart[] {
  if (lang === 'en') return [{ text: sourceName(id) }];
  const s = PUBLIC_FACT_SOURCES.find((p) => p.id === id)!;
  const t = ui(lang).sources;
  const work = nameIn(lang, s.work);
  if (!s.entries.length) return [{ text: work }];
  const parts: SourcePart[] = [{ text: `${work}، ${t.quoteOpen}` }];
  s.entries.forEach((e, i) => {
    if (i > 0) parts.push({ text: `${t.quoteClose}، ${t.quoteOpen}` });
    parts.push({ text: e, lang: 'en' });
  });
  parts.push({ text: t.quoteClose });
  return parts;
}
