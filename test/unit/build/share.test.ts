/**
 * The share images of the real chapters: every chapter's card lays out (its
 * title fits the panel), its description fits X's limit, its paths are the
 * ones the pages link, and a real chapter's map renders to a 1200 × 630 PNG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALT_MAX, chapterShareCard, imageAlt, shareImagePath, sharePagePath, storyShareCard } from '../../../src/build/share';
import { drawnWidth, renderImage, shareImageSvg } from '../../../src/build/share-image';
import { chapterSchema } from '../../../src/model/chapter-schema';
import type { ChapterEntry } from '../../../src/model/chapters';
import { CHAPTER_IDS } from '../../../src/model/ids';
import { loadSources } from '../../../src/geo/layers';

const DIR = 'src/content/chapters';
/** The chapters as the pages get them (only what the cards read: id and data), from a folder. */
const chaptersIn = (dir: string) => CHAPTER_IDS.map((id) => {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${dir}/${id}.md`, 'utf8'))![1]!;
  return { id, data: chapterSchema.parse(load(front)) } as unknown as ChapterEntry;
});
const chapters = chaptersIn(DIR);
const arabic = chaptersIn(`${DIR}/ar`);

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
    expect(sharePagePath('rafah', 'ar')).toBe('ar/share/rafah/');
    expect(shareImagePath('rafah', 'ar')).toBe('ar/share/rafah.png');
    expect(shareImagePath(undefined, 'ar')).toBe('ar/share/story.png');
    expect(CHAPTER_IDS).not.toContain('story'); // the story's image has a name no chapter can take
  });
});

describe('the Arabic share images', () => {
  test.each(arabic.map((c, i) => [c.id, c, i] as const))('%s: its card is in Arabic, mirrored, with the map in Arabic and a description X accepts', (id, entry, index) => {
    const { card, alt } = chapterShareCard(entry, index, arabic.length, 'ar');
    expect(card.dir).toBe('rtl');
    const svg = shareImageSvg(card);
    expect(svg).toMatch(/^<svg[^>]* font-family="IBM Plex Sans Arabic"[^>]* data-dir="rtl"/);
    // The map on the left, the text ending at the right margin.
    expect(svg).toMatch(new RegExp(`<svg[^>]* x="0" y="0"[^>]*data-static-map="${id}"`));
    // Each line opens with a right-to-left mark, which sets its direction (a title may start with a digit or a guillemet).
    expect(svg).toMatch(new RegExp(`<text x="1144" [^>]*text-anchor="end"[^>]*>\u200fالفصل ${index + 1} من 10<`));
    expect(svg.match(/<text x="1144" [^>]*>(?!\u200f)/g)).toBeNull();
    expect(svg).not.toContain('letter-spacing');
    expect(alt.startsWith(`الفصل ${index + 1} من 10 في «`)).toBe(true);
    expect(alt).toContain(entry.data.title);
    // The map's description in Arabic too (build/page-lang.ts staticMapLanguage).
    expect(alt).not.toMatch(/ Map: /);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
  });

  test('the story’s card has the Arabic headline, and says it is a map story', () => {
    const { card, alt } = storyShareCard(arabic[0]!, 'ar');
    expect(card.eyebrow).toBe('قصة بالخرائط');
    expect(card.dateline).toBe('بحسب ما نُشر في 6–7 نوفمبر 2025');
    expect(alt).toContain('، قصة بالخرائط، وبجانبها خريطتها الأولى.');
  });

  test('every Arabic title fits the panel as laid out: its lines as drawn in the Arabic face stay inside the margins', () => {
    for (const [index, entry] of [...arabic.entries()]) {
      const svg = shareImageSvg(chapterShareCard(entry, index, arabic.length, 'ar').card);
      const titleLines = [...svg.matchAll(/<text x="1144" y="[\d.]+" text-anchor="end" font-size="(\d+)" font-weight="700" fill="[^"]+">([^<]+)<\/text>/g)]
        .filter((m) => Number(m[1]) >= 40);
      expect(titleLines.length, entry.id).toBeGreaterThan(0);
      for (const [, size, text] of titleLines) {
        const line = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200" font-family="IBM Plex Sans Arabic"><text x="600" y="100" font-size="${size}" font-weight="700">${text}</text></svg>`;
        expect(renderImage(line).width).toBe(1200);
        expect(drawnWidth(line), `${entry.id}: ${text}`).toBeLessThanOrEqual(600 - 2 * 56);
      }
    }
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
