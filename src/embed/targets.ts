/**
 * The embeddable things of this site (the story, each chapter) as snippet
 * targets: one place for their URLs, titles and starting heights.
 */
import { INITIAL_HEIGHT, embedTitle, embedUrl, type EmbedTarget } from './snippet';
import { STORY_TITLE } from '../model/credits';

export function storyTarget(site: string | URL): EmbedTarget {
  return { src: embedUrl(site), title: embedTitle(STORY_TITLE), height: INITIAL_HEIGHT.story };
}

export function chapterTarget(site: string | URL, chapter: { id: string; title: string }): EmbedTarget {
  return { src: embedUrl(site, chapter.id), title: embedTitle(STORY_TITLE, chapter.title), height: INITIAL_HEIGHT.chapter };
}
