/**
 * Where the link previews live and what they show: each chapter's share page
 * (/share/<chapter-id>/: its own title, summary and image, sending the reader
 * on to /#<chapter-id>) and the share images (/share/<chapter-id>.png, and
 * /share/story.png for every other page); the Arabic edition's the same under
 * /ar/, in Arabic, mirrored. Paths are relative to the site's
 * root with its base path (site-root.ts); crawlers need absolute URLs.
 */
import type { ChapterEntry } from '../model/chapters';
import { STORY_TEXTS } from '../model/credits';
import { LANG_DIR, SOURCE_LANG, langPrefix, type Lang } from '../model/lang';
import { fill, ui } from '../model/ui';
import { chapterMapSvg } from './chapter-map';
import { staticMapLanguage } from './page-lang';
import { SHARE_MAP, shareImageSvg, type ShareCard } from './share-image';

/** The story's own image: its name; no chapter is called this (model/ids.ts). */
export const STORY_IMAGE = 'story';

/** The share page of a chapter, under the site root (a translation's under its own root: ar/share/…). */
export const sharePagePath = (chapterId: string, lang: Lang = SOURCE_LANG) => `${langPrefix(lang)}share/${encodeURIComponent(chapterId)}/`;

/** The share image of a chapter, or of the story, under the site root. */
export const shareImagePath = (chapterId: string = STORY_IMAGE, lang: Lang = SOURCE_LANG) =>
  `${langPrefix(lang)}share/${encodeURIComponent(chapterId)}.png`;

/** "As reported on 6–7 November 2025": the report's date, as every surface gives it. */
const shareDateline = (lang: Lang) => fill(ui(lang).share.dateline, { dated: STORY_TEXTS[lang].report.dated });

export interface ShareImage {
  /** Absolute URL (og:image). */
  url: string;
  /** What the image shows, for og:image:alt. */
  alt: string;
}

const mapOf = (entry: ChapterEntry, lang: Lang) => {
  const language = staticMapLanguage(lang);
  return chapterMapSvg({
    chapterId: entry.id, view: entry.data.view, show: entry.data.layers.show, highlight: entry.data.layers.highlight,
    annotations: entry.data.annotations, ...SHARE_MAP, ...(language ? { language } : {}),
  });
};

/** The card's direction: the text panel mirrors in a right-to-left language. */
const cardDir = (lang: Lang) => (LANG_DIR[lang] === 'rtl' ? { dir: 'rtl' as const } : {});

/** The static map's own description ("Map: Gaza Strip (highlighted), …"), read from its aria-label. */
const mapLabel = (svg: string) => /^<svg\b[^>]*\saria-label="([^"]*)"/.exec(svg)?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"') ?? 'Map';

/** X's limit for an image's description (twitter:image:alt); og:image:alt has none. */
export const ALT_MAX = 420;

/**
 * The image's description: what the text panel says, then what the map
 * shows, with as many of the map's features as fit in ALT_MAX.
 */
export function imageAlt(lead: string, mapDescription: string): string {
  const full = `${lead} ${mapDescription}.`;
  if (full.length <= ALT_MAX) return full;
  const [head, list = ''] = mapDescription.split(/: (.*)/s);
  const items = list.split(', ');
  for (let n = items.length - 1; n > 0; n--) {
    const cut = `${lead} ${head}: ${items.slice(0, n).join(', ')} and more.`;
    if (cut.length <= ALT_MAX) return cut;
  }
  return `${lead} ${head}.`.slice(0, ALT_MAX);
}

export interface ShareCardWithAlt {
  card: ShareCard;
  alt: string;
}

/** A chapter's image: its number and title beside its map, with the story's name. `entry` is in `lang`. */
export function chapterShareCard(entry: ChapterEntry, index: number, total: number, lang: Lang = SOURCE_LANG): ShareCardWithAlt {
  const t = ui(lang);
  const story = STORY_TEXTS[lang].title;
  const mapSvg = mapOf(entry, lang);
  const eyebrow = fill(t.common.chapterOf, { n: index + 1, total });
  const chapterIn = fill(t.share.chapterIn, { eyebrow, story });
  return {
    card: { kicker: STORY_TEXTS[lang].kicker, eyebrow, title: entry.data.title, story, dateline: shareDateline(lang), mapSvg, ...cardDir(lang) },
    alt: imageAlt(fill(t.share.chapterAlt, { chapterIn, title: entry.data.title }), mapLabel(mapSvg)),
  };
}

/** The story's image: its headline beside the first chapter's map (the map a reader sees first). */
export function storyShareCard(first: ChapterEntry, lang: Lang = SOURCE_LANG): ShareCardWithAlt {
  const t = ui(lang);
  const story = STORY_TEXTS[lang].title;
  const mapSvg = mapOf(first, lang);
  return {
    card: { kicker: STORY_TEXTS[lang].kicker, eyebrow: t.share.mapStory, title: story, dateline: shareDateline(lang), mapSvg, ...cardDir(lang) },
    alt: imageAlt(fill(t.share.storyAlt, { story }), mapLabel(mapSvg)),
  };
}

/**
 * Cards drawn this build, by chapter and the digest of the chapter file they
 * were drawn from (Astro's content hash): an edited chapter, in `astro dev`,
 * gets a new card; each page of a build reuses the one drawn.
 */
const cards = new Map<string, ShareCardWithAlt>();

/** The card of a chapter (its id) or of the story (STORY_IMAGE), drawn once per build; `chapters` are in `lang`. */
export function shareCardFor(chapters: readonly ChapterEntry[], chapterId: string = STORY_IMAGE, lang: Lang = SOURCE_LANG): ShareCardWithAlt {
  const index = chapters.findIndex((c) => c.id === chapterId);
  if (chapterId !== STORY_IMAGE && index < 0) throw new Error(`share image: no chapter "${chapterId}"`);
  const entry = chapters[Math.max(index, 0)]!;
  const key = `${lang} ${chapterId} ${entry.id} ${String(entry.digest ?? '')} ${index}/${chapters.length}`;
  let made = cards.get(key);
  if (!made) {
    made = index < 0 ? storyShareCard(entry, lang) : chapterShareCard(entry, index, chapters.length, lang);
    cards.set(key, made);
  }
  return made;
}

/** The og:image of a page in `lang`: the chapter's, or the story's. */
export function shareImage(root: URL, chapters: readonly ChapterEntry[], chapterId?: string, lang: Lang = SOURCE_LANG): ShareImage {
  return { url: new URL(shareImagePath(chapterId, lang), root).href, alt: shareCardFor(chapters, chapterId, lang).alt };
}

/** The SVG of a share image (rendered to PNG by share-image.ts's renderPng). */
export const shareSvgFor = (chapters: readonly ChapterEntry[], chapterId?: string, lang: Lang = SOURCE_LANG) =>
  shareImageSvg(shareCardFor(chapters, chapterId, lang).card);
