/**
 * The built site as files: every page valid HTML, every internal link and
 * anchor resolves, every page carries the Content Security Policy, every
 * image has a text alternative. Reads dist/ (npm test builds it first).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { escapeText } from '../../src/util/escape';
import { CHAPTER_IDS } from '../../src/model/ids';
import { DATELINE } from '../../src/model/credits';

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const pages = walk(DIST).filter((f) => f.endsWith('.html'));
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const html = new Map(pages.map((f) => [urlOf(f), readFileSync(f, 'utf8')]));

/** The file a site path is served from (as scripts/serve.mjs resolves it). */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const full = join(DIST, clean);
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return existsSync(full) ? full : undefined;
}

const idsIn = (doc: string) => new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the built site', () => {
  test('has the pages it promises', () => {
    expect([...html.keys()]).toEqual(expect.arrayContaining(['/', '/404.html']));
  });

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Markdown prose and d3 output use typographic quotes and long lines; these rules are about source style, not validity.
        'no-inline-style': 'off',
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'long-title': 'off',
        'no-redundant-role': 'off',
        // A scrolling table box is a labelled, focusable region (a <div role="region">), not a section of the document outline.
        'prefer-native-element': ['error', { exclude: ['region'] }],
      },
    });
    const problems: string[] = [];
    for (const [url, doc] of html) {
      const report = await validator.validateString(doc, url);
      for (const r of report.results) for (const m of r.messages) problems.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const [url, doc] of html) {
      for (const [, href] of doc.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:|blob:)/.test(href!) && !href!.startsWith('http://localhost:4321/')) continue;
        const target = new URL(href!.replace(/&amp;/g, '&'), `http://localhost:4321${url}`);
        const file = fileFor(target.pathname);
        if (!file) {
          broken.push(`${url}: ${href} (no file)`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          if (!idsIn(readFileSync(file, 'utf8')).has(id)) broken.push(`${url}: ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page carries a Content Security Policy that allows only its own origin', () => {
    for (const [url, doc] of html) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(doc)?.[1];
      expect(csp, url).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|https?:\/\//);
      // Every inline script is data, never code: JSON, or the story's JSON-LD (a data block the CSP does not govern).
      for (const [, attrs] of doc.matchAll(/<script([^>]*)>/g)) {
        expect(attrs!.includes('src=') || /type="application\/(ld\+)?json"/.test(attrs!), `${url}: inline script ${attrs}`).toBe(true);
      }
    }
  });

  test('the policy adds only what the offline classroom needs: its worker and its manifest from the site itself', () => {
    for (const [url, doc] of html) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(doc)![1]!;
      const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
      // The service worker registers under worker-src; MapLibre's worker needs blob: and data: (astro.config.mjs).
      expect(directive('worker-src'), url).toBe("worker-src 'self' blob: data:");
      expect(directive('manifest-src'), url).toBe("manifest-src 'self'");
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    // The manifest starts the installed app on the slides, and every icon it names is in the site.
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; display: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ start_url: '/present/', scope: '/', display: 'fullscreen' });
    for (const icon of manifest.icons) expect(fileFor(icon.src), icon.src).toBeDefined();
    expect(fileFor('/sw.js')).toBeDefined();
  });

  test('every page but the 404 shows the one dateline: the story, the slides, the notes, the handout, /data/ and every embed', () => {
    const line = escapeText(DATELINE);
    // The Arabic pages carry the Arabic dateline (test/e2e/arabic.test.ts).
    const pagesWithout = [...html.entries()].filter(([url, doc]) => url !== '/404.html' && !url.startsWith('/ar/') && !doc.includes(line)).map(([url]) => url);
    expect(pagesWithout).toEqual([]);
    // Embeds: the whole story and each chapter card.
    const embeds = [...html.keys()].filter((u) => u.startsWith('/embed/'));
    expect(embeds).toHaveLength(CHAPTER_IDS.length + 1);
    // The story's header says it once.
    expect(html.get('/')!.split(line)).toHaveLength(2);
    expect(html.get('/')!).not.toMatch(/As reported on 7 November 2025\./);
  });

  test('every slide carries the dateline, not only the notes', () => {
    const slides = [...html.get('/present/')!.matchAll(/<section class="slide"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    expect(slides).toHaveLength(CHAPTER_IDS.length);
    for (const slide of slides) expect(slide).toContain(`data-dateline>${escapeText(DATELINE)}<`);
  });

  test('close-up static maps carry a locator inset and a scale bar; world views neither', () => {
    const slides = html.get('/present/')!;
    const mapOf = (id: string) => new RegExp(`<svg[^>]*data-static-map="${id}"[\\s\\S]*?</svg>`).exec(slides)?.[0] ?? '';
    for (const id of ['rafah', 'the-200', 'border-security']) {
      expect(mapOf(id), id).toMatch(/data-locator/);
      expect(mapOf(id), id).toMatch(/data-scale-bar/);
    }
    for (const id of ['international-force', 'abraham-accords']) {
      expect(mapOf(id), id).not.toMatch(/data-locator|data-scale-bar/);
    }
    // The maps whose symbols need a key carry one (at the slides' size).
    for (const id of ['international-force', 'abraham-accords']) expect(mapOf(id), id).toMatch(/data-legend/);
    expect(mapOf('rafah')).not.toMatch(/data-legend/);
  });

  test('the story carries one NewsArticle JSON-LD, whose image is built and whose dates are ISO 8601', () => {
    const blocks = [...html.get('/')!.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(blocks).toHaveLength(1);
    const [article] = blocks as [{ '@type': string; image: { url: string }[]; datePublished: string; dateModified: string; url: string }];
    expect(article['@type']).toBe('NewsArticle');
    expect(article.url).toBe('http://localhost:4321/');
    expect(existsSync(join(DIST, new URL(article.image[0]!.url).pathname))).toBe(true);
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateModified >= article.datePublished).toBe(true);
    // The same dates for link previews (Open Graph's article namespace).
    expect(html.get('/')!).toContain(`<meta property="article:published_time" content="${article.datePublished}">`);
    expect(html.get('/')!).toContain(`<meta property="article:modified_time" content="${article.dateModified}">`);
    // Only the story is a NewsArticle, in each language (issue 16); the other pages point to it.
    expect([...html.entries()].filter(([, doc]) => doc.includes('application/ld+json')).map(([url]) => url).sort()).toEqual(['/', '/ar/']);
    const arabic = JSON.parse(html.get('/ar/')!.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!) as { url: string; inLanguage: string };
    expect(arabic).toMatchObject({ url: 'http://localhost:4321/ar/', inLanguage: 'ar' });
  });

  test('robots.txt gives the sitemap’s absolute address, and the sitemap lists the reader pages', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: http:\/\/localhost:4321\/sitemap-index\.xml$/m);
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain('<loc>http://localhost:4321/sitemap-0.xml</loc>');
    const listed = [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // The reader pages in both languages (issue 16), not the frames, share pages or presenter tools.
    expect(listed).toEqual(['/', '/ar/', '/ar/data/', '/ar/handout/', '/ar/present/', '/data/', '/handout/', '/present/'].map((p) => `http://localhost:4321${p}`));
  });

  test('the corrections log, empty, shows nowhere', () => {
    expect([...html.entries()].filter(([, doc]) => doc.includes('data-corrections')).map(([url]) => url)).toEqual([]);
  });

  test('every image and chart has a text alternative', () => {
    for (const [url, doc] of html) {
      for (const [tag] of doc.matchAll(/<img\b[^>]*>/g)) expect(tag, url).toMatch(/\salt="/);
      for (const [tag] of doc.matchAll(/<svg\b[^>]*>/g)) {
        const ok = /aria-hidden="true"/.test(tag) || (/role="img"/.test(tag) && /aria-label(?:ledby)?="[^"]+"/.test(tag));
        expect(ok, `${url}: ${tag.slice(0, 120)}`).toBe(true);
      }
    }
  });
});
