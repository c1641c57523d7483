/**
 * The share images of the real chapters: every chapter's card lays out (its
 * title fits the panel), its description fits X's limit, its paths are the
 * ones the pages link, and a real chapter's map renders to a 1200 × 630 PNG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALT_MAX, chapterShareCard, imageAlt, shareImagePath, sharePagePath, storyShareCard } from '../../../src/build/share';
import { renderImage, shareImageSvg } from '../../../src/build/share-image';
import { chapterSchema } from '../../../src/model/chapter-schema';
import type { ChapterEntry } from '../../../src/model/chapters';
import { CHAPTER_IDS } from '../../../src/model/ids';
import { loadSources } from '../../../src/geo/layers';

const DIR = 'src/content/chapters';
/** The chapters as the pages get them (only what the cards read: id and data). */
const chapters = CHAPTER_IDS.map((id) => {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${DIR}/${id}.md`, 'utf8'))![1]!;
  return { id, data: chapterSchema.parse(load(front)) } as unknown as ChapterEntry;
});

describe('the chapters’ share images', () => {
  // The map data, read and prepared once per worker (shared with the geo tests).
  beforeAll(() => void loadSources(), 60_000);

  test('every chapter file is here', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.md'))).toHaveLength(CHAPTER_IDS.length);
  });

  test.each(chapters.map((c, i) => [c.id, c, i] as const))('%s: its card lays out, with its number, title and map, and a description X accepts', (id, entry, index) => {
    const { card, alt } = chapterShareCard(entry, index, chapters.length);
    const svg = shareImageSvg(card);
    expect(svg).toContain(`>Chapter ${index + 1} of 10<`);
    expect(svg).toContain(`data-static-map="${id}"`);
    expect(alt.startsWith(`Chapter ${index + 1} of 10 of “`)).toBe(true);
    expect(alt).toContain(entry.data.title);
    expect(alt).toMatch(/ Map: .+\.$/);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
  });

  test('the story’s card has its headline beside the first chapter’s map', () => {
    const { card, alt } = storyShareCard(chapters[0]!);
    expect(card.eyebrow).toBe('A map story');
    expect(shareImageSvg(card)).toContain('data-static-map="proposal"');
    expect(alt).toMatch(/, a map story, beside its first map\. Map: /);
  });

  test('a real chapter’s card renders to a 1200 × 630 image', () => {
    const image = renderImage(shareImageSvg(chapterShareCard(chapters[1]!, 1, chapters.length).card));
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  test('paths under the site root: the page a reader shares and the image crawlers fetch', () => {
    expect(sharePagePath('rafah')).toBe('share/rafah/');
    expect(shareImagePath('rafah')).toBe('share/rafah.png');
    expect(shareImagePath()).toBe('share/story.png');
    expect(CHAPTER_IDS).not.toContain('story'); // the story's image has a name no chapter can take
  });
});

describe('imageAlt', () => {
  test('keeps a description that fits', () => {
    expect(imageAlt('Lead.', 'Map: A, B')).toBe('Lead. Map: A, B.');
  });
  test('drops the map’s last features to stay within X’s limit, and says so', () => {
    const items = Array.from({ length: 60 }, (_, i) => `Place ${i}`);
    const alt = imageAlt('Chapter 1 of 10: a title, beside its map.', `Map: ${items.join(', ')}`);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
    expect(alt).toMatch(/^Chapter 1 of 10: a title, beside its map\. Map: Place 0, Place 1, .* and more\.$/);
  });
});
