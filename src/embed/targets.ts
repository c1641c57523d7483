/**
 * The embeddable things of this site (the story, each chapter) as snippet
 * targets: one place for their URLs, titles and starting heights, in each
 * language (a translation's embeds live under its prefix, /ar/embed/…, and
 * carry its titles).
 */
import { INITIAL_HEIGHT, PROVIDER_NAME, embedTitle, embedUrl, type EmbedTarget } from './snippet';
import { STORY_TEXTS } from '../model/credits';
import { langPrefix, type Lang } from '../model/lang';
import { fill, ui } from '../model/ui';

/** The site root of a language's pages (`…/` or `…/ar/`). */
export const langRoot = (site: string | URL, lang: Lang): URL => new URL(langPrefix(lang), site);

/** The frame's title in a language: the chapter's, with the story it belongs to, or the story's. */
export function frameTitle(lang: Lang, chapterTitle?: string): string {
  const story = STORY_TEXTS[lang].title;
  if (lang === 'en') return embedTitle(story, chapterTitle);
  const t = ui(lang).embed;
  return chapterTitle ? fill(t.frameChapter, { chapter: chapterTitle, story }) : fill(t.frameStory, { story });
}

/** The oEmbed provider's name in a language. */
export const providerName = (lang: Lang): string => (lang === 'en' ? PROVIDER_NAME : ui(lang).embed.provider);

export function storyTarget(site: string | URL, lang: Lang = 'en'): EmbedTarget {
  return { src: embedUrl(langRoot(site, lang)), title: frameTitle(lang), height: INITIAL_HEIGHT.story };
}

export function chapterTarget(site: string | URL, chapter: { id: string; title: string }, lang: Lang = 'en'): EmbedTarget {
  return { src: embedUrl(langRoot(site, lang), chapter.id), title: frameTitle(lang, chapter.title), height: INITIAL_HEIGHT.chapter };
}
