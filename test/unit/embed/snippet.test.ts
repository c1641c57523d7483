import { describe, expect, test } from 'vitest';
import {
  INITIAL_HEIGHT, OEMBED_WIDTH, PROVIDER_NAME, SANDBOX, embedTitle, embedUrl, escapeAttribute, iframeSnippet, oembedJson, oembedUrl,
} from '../../../src/embed/snippet';
import { chapterTarget, storyTarget } from '../../../src/embed/targets';
import { STORY_TITLE } from '../../../src/model/credits';

const SITE = 'https://example.org';

describe('embed URLs', () => {
  test('the story and each chapter under the site, with the trailing slash the site uses', () => {
    expect(embedUrl(SITE)).toBe('https://example.org/embed/');
    expect(embedUrl(`${SITE}/`, 'the-200')).toBe('https://example.org/embed/the-200/');
    expect(oembedUrl(SITE)).toBe('https://example.org/oembed/story.json');
    expect(oembedUrl(SITE, 'rafah')).toBe('https://example.org/oembed/rafah.json');
  });
});

describe('iframeSnippet', () => {
  test('one iframe element: src, title, full width, starting height, no border, lazy, sandboxed', () => {
    expect(iframeSnippet({ src: `${SITE}/embed/rafah/`, title: 'Rafah', height: 640 })).toBe(
      '<iframe src="https://example.org/embed/rafah/" title="Rafah" width="100%" height="640" style="border:0" loading="lazy"' +
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
    expect(SANDBOX).not.toMatch(/allow-same-origin|allow-top-navigation|allow-forms/);
  });
  test('escapes the title and URL so they cannot break out of their attributes', () => {
    const html = iframeSnippet({ src: `${SITE}/embed/?a="b"&c=<d>`, title: `"><script>alert('x')</script>`, height: 10 });
    expect(html).not.toMatch(/<script|"><s|'x'/);
    expect(html.match(/<[a-z]/g)).toEqual(['<i']);
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"');
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
  });
  test('refuses a URL that is not absolute http(s)', () => {
    expect(() => iframeSnippet({ src: '/embed/', title: 't', height: 1 })).toThrow(TypeError);
    expect(() => iframeSnippet({ src: 'javascript:alert(1)', title: 't', height: 1 })).toThrow(TypeError);
  });
});

describe('targets', () => {
  test('a chapter: its card URL, a title naming the chapter and the story, the card’s starting height', () => {
    expect(chapterTarget(SITE, { id: 'rafah', title: 'Rafah, on the border' })).toEqual({
      src: 'https://example.org/embed/rafah/',
      title: embedTitle(STORY_TITLE, 'Rafah, on the border'),
      height: INITIAL_HEIGHT.chapter,
    });
    expect(embedTitle(STORY_TITLE, 'Rafah, on the border')).toContain('Rafah, on the border');
    expect(embedTitle(STORY_TITLE, 'Rafah, on the border')).toContain(STORY_TITLE);
  });
  test('the story: /embed/ and the story’s title', () => {
    expect(storyTarget(SITE)).toEqual({ src: 'https://example.org/embed/', title: embedTitle(STORY_TITLE), height: INITIAL_HEIGHT.story });
  });
});

describe('oembedJson', () => {
  test('an oEmbed 1.0 rich response carrying the snippet', () => {
    const target = chapterTarget(SITE, { id: 'the-deal', title: 'The deal' });
    // The site's root under its base path (build/site-root.ts): the provider is the story there, not the host.
    const json = oembedJson(target, `${SITE}/graphics/rafah/`);
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      html: iframeSnippet(target),
      width: OEMBED_WIDTH,
      height: INITIAL_HEIGHT.chapter,
      title: target.title,
      provider_name: PROVIDER_NAME,
      provider_url: 'https://example.org/graphics/rafah/',
    });
    // Round-trips as JSON with nothing lost (no undefined fields, no functions).
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
  });
});
