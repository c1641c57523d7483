/**
 * The chapters, in story order, for every surface (story, slides, handout,
 * embeds), in a language. A missing chapter file stops the build; so does a
 * translated chapter that differs from the English in what the engine reads
 * (model/parity.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_IDS, type ChapterId } from './ids';
import type { Lang } from './lang';
import { parityProblems } from './parity';

export type ChapterEntry = CollectionEntry<'chapters'> & { id: ChapterId };

const COLLECTION = { en: 'chapters', ar: 'chaptersAr' } as const satisfies Record<Lang, string>;
const FOLDER: Record<Lang, string> = { en: 'src/content/chapters', ar: 'src/content/chapters/ar' };

const sorted = (entries: ChapterEntry[]) => entries.sort((a, b) => CHAPTER_IDS.indexOf(a.id) - CHAPTER_IDS.indexOf(b.id));
const forParity = (e: ChapterEntry) => ({ id: e.id, data: e.data, body: e.body ?? '' });

export async function getChapters(lang: Lang = 'en'): Promise<ChapterEntry[]> {
  const entries = (await getCollection(COLLECTION.en)) as ChapterEntry[];
  const missing = CHAPTER_IDS.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) {
    throw new Error(
      `src/content/chapters: missing chapter file(s) ${missing.map((id) => `${id}.md`).join(', ')}; the story needs all of ${CHAPTER_IDS.join(', ')}`,
    );
  }
  if (lang === 'en') return sorted(entries);
  const translated = (await getCollection(COLLECTION[lang])) as unknown as ChapterEntry[];
  const problems = parityProblems(entries.map(forParity), translated.map(forParity), FOLDER[lang]);
  if (problems.length) throw new Error(`The ${lang} chapters differ from the English:\n${problems.join('\n')}`);
  return sorted(translated);
}
