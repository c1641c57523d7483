/**
 * The chapters, in story order, for every surface (story, slides, handout,
 * embeds). A missing chapter file stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_IDS, type ChapterId, type FeatureId } from './ids';
import { figureTexts, publishedTexts } from '../geo/figures';
import { featureBounds, findFeature, propertiesOf } from '../geo/layers';
import { fillFigures } from '../build/fill-figures';
import { describeChapterMap } from '../build/map-description';
import { toMapChapter } from '../build/map-chapters';

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

export const mapChapters = (entries: readonly ChapterEntry[]) =>
  entries.map((e) => toMapChapter(e.id, e.data, featureBounds));

/** The chapter's prose as HTML, with its figures filled in from the geodata. */
export function chapterProse(entry: ChapterEntry): string {
  const html = entry.rendered?.html ?? '';
  const file = entry.filePath ?? `src/content/chapters/${entry.id}.md`;
  return fillFigures(html, figureTexts(), file, publishedTexts() as Record<string, string>);
}

/** The chapter's map in words (see map-description.ts). */
export function chapterMapDescription(entry: ChapterEntry): string {
  const figures = figureTexts();
  const facts = (id: FeatureId) => {
    const p = propertiesOf(findFeature(id));
    return { name: p.name, approximate: p.approximate };
  };
  return describeChapterMap(entry.data, facts, figures);
}
