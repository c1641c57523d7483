/**
 * Corrections and updates: a dated log in src/content/corrections.json,
 * shown at the end of the story and in the handout when it is not empty,
 * and the story's dateModified (its structured data, its sitemap entry).
 *
 * It starts empty. An entry says what changed, in a sentence or two, and
 * when; `chapter` names the chapter it concerns, if one:
 *
 *   { "date": "2025-11-20", "kind": "correction", "chapter": "the-200",
 *     "text": "An earlier version gave the envoy's title wrongly; he is the US Special Envoy to the Middle East." }
 */
import { z } from 'astro/zod';
import correctionsJson from '../content/corrections.json';
import { CHAPTER_IDS, type ChapterId } from './ids';
import { isIsoDate, parseFile } from './parse-file';
import { ui } from './ui';

export const CORRECTIONS_FILE = 'src/content/corrections.json';

export const correctionSchema = z.strictObject({
  /** When the story was changed (YYYY-MM-DD). */
  date: z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD, such as 2025-11-20'),
  /** A correction fixes an error; an update adds or changes information. */
  kind: z.enum(['correction', 'update'], 'must be "correction" or "update"'),
  /** What changed, for readers: a full sentence or two. */
  text: z.string().trim().min(20, 'must say what changed in at least 20 characters').max(600, 'must be at most 600 characters'),
  /** The chapter it concerns, if one. */
  chapter: z.enum(CHAPTER_IDS, `must be a chapter id: ${CHAPTER_IDS.join(', ')}`).optional(),
});
export const correctionsSchema = z.array(correctionSchema);
export type Correction = z.infer<typeof correctionSchema>;

/** The log, checked: a wrong entry stops the build naming the file, the entry's index and the field. */
export const parseCorrections = (value: unknown, file = CORRECTIONS_FILE): Correction[] => parseFile(correctionsSchema, value, file);

export const CORRECTIONS: readonly Correction[] = parseCorrections(correctionsJson);

/**
 * When the story last changed: its publication date, or the latest entry's
 * date if later. An entry dated before publication is a mistake in the log.
 */
export function dateModified(datePublished: string, corrections: readonly Correction[]): string {
  const early = corrections.findIndex((c) => c.date < datePublished);
  if (early >= 0) throw new Error(`${CORRECTIONS_FILE}: ${early}.date: ${corrections[early]!.date} is before the story's publication (${datePublished}, src/content/site.json)`);
  return corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), datePublished);
}

// The English month names are the dictionary's (the timeline's), not a second list.
const MONTHS = ui('en').timeline.months;

/** "2025-11-07" → "7 November 2025", as the story writes dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export interface CorrectionItem {
  iso: string;
  date: string;
  label: 'Correction' | 'Update';
  text: string;
  chapter?: { id: ChapterId; title: string };
}

/** The log as readers see it: newest first, dates in words, each chapter by its title. */
export function correctionItems(corrections: readonly Correction[], titles: Readonly<Record<ChapterId, string>>): CorrectionItem[] {
  return corrections
    .map((c, i) => ({ c, i }))
    // Newest first; entries of one day keep the log's order.
    .sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? 1 : -1))
    .map(({ c }) => ({
      iso: c.date,
      date: formatDate(c.date),
      label: c.kind === 'correction' ? 'Correction' : 'Update',
      text: c.text,
      ...(c.chapter ? { chapter: { id: c.chapter, title: titles[c.chapter] } } : {}),
    }));
}
