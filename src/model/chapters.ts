/**
 * The chapters, in story order, for every surface (story, slides, handout,
 * embeds). A missing chapter file stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_IDS, type ChapterId } from './ids';

export type ChapterEntry = CollectionEntry<'chapters'> & { id: ChapterId };

export async function getChapters(): Promise<ChapterEntry[]> {
  const entries = (await getCollection('chapters')) as ChapterEntry[];
  const missing = CHAPTER_IDS.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) {
    throw new Error(
      `src/content/chapters: missing chapter file(s) ${missing.map((id) => `${id}.md`).join(', ')}; the story needs all of ${CHAPTER_IDS.join(', ')}`,
    );
  }
  return entries.sort((a, b) => CHAPTER_IDS.indexOf(a.id) - CHAPTER_IDS.indexOf(b.id));
}
