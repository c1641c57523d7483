/**
 * The not-found page. In a frame (an embed of an unknown chapter) it reports
 * its height like any embed, under the path's chapter id when that is a slug;
 * at the top level the story link opens in the same tab.
 */
import { startHeightReporter } from '../client/height-reporter';
import { embedIds, safeSlug } from '../embed/messages';
import { STORY_EMBED_ID } from '../embed/snippet';

const content = document.querySelector<HTMLElement>('[data-embed-content]')!;
if (window.parent === window) {
  // The English and the Arabic story links.
  content.querySelectorAll('[data-story-link]').forEach((a) => a.removeAttribute('target'));
  content.querySelectorAll('[data-new-tab]').forEach((s) => s.remove());
} else {
  // In a frame it is a small card: the story link is enough.
  content.querySelector('[data-top-level-only]')?.remove();
  // The path ends in /embed/<slug>/ under whatever base path the site is served from.
  const segment = /\/embed\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  startHeightReporter({ content, ...embedIds(location.search, safeSlug(segment) ?? STORY_EMBED_ID) });
}
