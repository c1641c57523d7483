/**
 * What a newsroom copies: the iframe snippet for the whole story or one
 * chapter, and the oEmbed JSON that carries the same snippet for CMSs that
 * discover embeds from a URL. Pure; the pages give the site URL and titles.
 */
import { escapeAttr as escapeAttribute } from '../util/escape';

/** Attribute escaping (src/util/escape.ts), exported for the tests of snippets. */
export { escapeAttribute };

/** The Datawrapper-style id the whole-story frame reports under. */
export const STORY_EMBED_ID = 'rafah-story';

/** Shown as oEmbed's provider_name. */
export const PROVIDER_NAME = 'Egypt’s Rafah proposal: a map story';

/**
 * Starting heights before the frame reports its own (CSS px): about what a
 * card and the story frame measure on a phone, so the page jumps little.
 */
export const INITIAL_HEIGHT = { chapter: 640, story: 760 } as const;

/** oEmbed's nominal width; the snippet itself is width="100%". */
export const OEMBED_WIDTH = 600;

/**
 * The sandbox a host needs to give: scripts for the map and the height
 * messages, popups so "Read the full story" can open the story in a new tab
 * outside the sandbox. No same-origin, forms or top navigation.
 */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export interface EmbedTarget {
  /** Absolute URL of the embed page. */
  src: string;
  /** The frame's title (read by screen readers). */
  title: string;
  height: number;
}


/** The embed page of a chapter, or of the whole story, under the site. */
export function embedUrl(site: string | URL, chapterId?: string): string {
  return new URL(chapterId ? `embed/${encodeURIComponent(chapterId)}/` : 'embed/', site).href;
}

/** The oEmbed JSON file of a chapter or of the whole story. */
export function oembedUrl(site: string | URL, chapterId?: string): string {
  return new URL(`oembed/${chapterId ? encodeURIComponent(chapterId) : 'story'}.json`, site).href;
}

/** One element, no script: hosts size it with pym.js or their Datawrapper-style resizer. */
export function iframeSnippet({ src, title, height }: EmbedTarget): string {
  if (!/^https?:\/\//.test(src)) throw new TypeError(`embed src must be an absolute http(s) URL, got ${src}`);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="border:0" loading="lazy" sandbox="${SANDBOX}"></iframe>`
  );
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
}

/** oEmbed 1.0 `rich` response (https://oembed.com/, section 2.3.4.4). */
export function oembedJson(target: EmbedTarget, site: string | URL, providerName = PROVIDER_NAME): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    html: iframeSnippet(target),
    width: OEMBED_WIDTH,
    height: Math.round(target.height),
    title: target.title,
    provider_name: providerName,
    // The site's own root (with its base path), not the host's.
    provider_url: new URL('./', site).href,
  };
}

/** The frame's title: the chapter's, with the story it belongs to, or the story's. */
export function embedTitle(storyTitle: string, chapterTitle?: string): string {
  return chapterTitle ? `${chapterTitle} (map card from “${storyTitle}”)` : `${storyTitle} (map story)`;
}

/** Path of an embed page on this site, under its base path (for previews). */
export const storyEmbedPath = (chapterId?: string, base = '/') => (chapterId ? `${base}embed/${encodeURIComponent(chapterId)}/` : `${base}embed/`);
