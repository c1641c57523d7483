/**
 * Link previews and sharing (issue 15): each chapter's share link opens the
 * story at that chapter; the Share button uses the Web Share API where the
 * browser has it and copies the chapter's link otherwise, and says so; every
 * page's og:image is absolute, under SITE_URL + BASE_PATH, and a 1200 × 630
 * PNG in the build (the root build and the sub-path one); the story itself
 * never loads a share image (they are for crawlers).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import { DESKTOP, PHONE, readerStarts, scrollToChapter, useBrowser, waitForChapterOnMap, waitForStage } from './browser';
import { axeViolations } from './axe';

const base = inject('baseUrl');
const subpath = inject('subpathUrl');
const browser = useBrowser();

/** Where each build says it is published (package.json: build, build:subpath). */
const BUILDS = [
  { dist: 'dist', root: 'http://localhost:4321/', served: base },
  { dist: 'dist-subpath', root: 'https://news.example.org/graphics/rafah/', served: subpath },
];

const activeChapter = (page: Page) => page.$$eval('section[data-chapter][data-active]', (els) => els.map((e) => e.id));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}
const meta = (doc: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[+.]/g, '\\$&')}" content="([^"]*)"`).exec(doc)?.[1];

describe('each chapter’s share link', () => {
  test.each(BUILDS.map((b) => [b.dist, b]))('opens the story at its chapter (%s)', async (_, build) => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    for (const id of CHAPTER_IDS) {
      await page.goto(`${build.served}share/${id}/`);
      await page.waitForURL(`${build.served}#${id}`);
      await page.waitForFunction((chapterId) => document.querySelector('section[data-chapter][data-active]')?.id === chapterId, id);
      expect(await activeChapter(page), id).toEqual([id]);
    }
    // The share page's own image is for crawlers: neither it nor the story fetched one.
    expect(requested.filter((u) => u.endsWith('.png'))).toEqual([]);
    await context.close();
  });

  test('carries the chapter’s own title, summary and image, with the story as canonical and itself as og:url', () => {
    for (const build of BUILDS) {
      const doc = readFileSync(join(build.dist, 'share/the-200/index.html'), 'utf8');
      const h1 = /<h1>([^<]+)<\/h1>/.exec(doc)![1]!;
      expect(meta(doc, 'og:title')!.startsWith(`${h1}: `)).toBe(true);
      expect(meta(doc, 'og:description')).toBe(/<meta name="description" content="([^"]*)"/.exec(doc)![1]);
      expect(meta(doc, 'og:image')).toBe(`${build.root}share/the-200.png`);
      expect(meta(doc, 'og:url')).toBe(`${build.root}share/the-200/`);
      expect(doc).toContain(`<link rel="canonical" href="${build.root}">`);
      const target = `${new URL(build.root).pathname}#the-200`;
      expect(doc).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(doc).toMatch(new RegExp(`<a href="${target}">Read this chapter in the story</a>`));
    }
  });
});

test.each([
  ['', 'Rafah, on the border with Egypt', 'Read this chapter in the story'],
  ['ar/', 'رفح، على الحدود مع مصر', 'اقرأ هذا الفصل في القصة'],
])('a share page (/%sshare/), held before its refresh, is accessible and shows its chapter and the way on', async (prefix, title, readOn) => {
  const context = await browser().newContext(PHONE);
  // The page sends the reader on at once: keep it here to look at it.
  await context.route(`**/${prefix}share/rafah/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  const page = await context.newPage();
  await page.goto(`${base}${prefix}share/rafah/`);
  expect(await page.textContent('h1')).toBe(title);
  expect(await page.locator('a', { hasText: readOn }).isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

describe('the Share button', () => {
  /** The story with the Web Share API removed (or recorded) and the clipboard recorded. */
  async function story(options: { webShare: boolean }) {
    const context: BrowserContext = await browser().newContext(PHONE);
    await context.addInitScript((webShare) => {
      const w = window as unknown as { __copied: string[]; __shared: ShareData[] };
      w.__copied = [];
      w.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: webShare ? async (data: ShareData) => void w.__shared.push(data) : undefined,
      });
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void w.__copied.push(text) });
    }, options.webShare);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(base);
    return { context, page, requested };
  }
  const recorded = (page: Page) => page.evaluate(() => {
    const w = window as unknown as { __copied: string[]; __shared: ShareData[] };
    return { copied: w.__copied, shared: w.__shared };
  });

  test('without the Web Share API copies the chapter’s link, from the keyboard, and says so', async () => {
    const { context, page } = await story({ webShare: false });
    const button = page.locator('#the-deal [data-share]');
    expect(await button.getAttribute('data-ready')).toBe('');
    // Named for its chapter, for a screen reader's list of buttons.
    expect(await button.evaluate((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toMatch(/^Share: “.+”$/);
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('#the-deal [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Link copied.');
    expect(await status.isVisible()).toBe(true);
    expect(await recorded(page)).toEqual({ copied: ['http://localhost:4321/share/the-deal/'], shared: [] });
    await context.close();
  });

  test('with the Web Share API opens the share sheet with the chapter’s title and link, and copies nothing', async () => {
    const { context, page } = await story({ webShare: true });
    await page.locator('#rafah [data-share]').click();
    await expect.poll(async () => (await recorded(page)).shared).toEqual([
      { title: 'Rafah, on the border with Egypt', url: 'http://localhost:4321/share/rafah/' },
    ]);
    expect((await recorded(page)).copied).toEqual([]);
    await context.close();
  });

  test('the story never loads a share image, reading it through with the live map', async () => {
    const { context, page, requested } = await story({ webShare: false });
    await readerStarts(page);
    await waitForStage(page, 'ready');
    for (const id of ['rafah', 'border-security', 'open-questions']) {
      await scrollToChapter(page, id);
      await waitForChapterOnMap(page, id);
    }
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((u) => /\/share\/|\.png$/.test(u))).toEqual([]);
    await context.close();
  });
});

describe('every page’s link preview', () => {
  /** Width and height of a PNG, from its IHDR chunk. */
  const pngSize = (file: string) => {
    const png = readFileSync(file);
    return { signature: png.toString('latin1', 1, 4), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  };

  test.each(BUILDS.map((b) => [b.dist, b]))('has an absolute og:image under SITE_URL + BASE_PATH, a 1200 × 630 PNG in %s', (_, build) => {
    const pages = htmlFiles(build.dist);
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const doc = readFileSync(file, 'utf8');
      const where = relative(build.dist, file);
      const image = meta(doc, 'og:image');
      expect(image, where).toBeDefined();
      expect(image!.startsWith(build.root), `${where}: ${image}`).toBe(true);
      const built = join(build.dist, image!.slice(build.root.length));
      expect(existsSync(built), `${where}: ${built}`).toBe(true);
      expect(pngSize(built), built).toEqual({ signature: 'PNG', width: 1200, height: 630 });
      expect(meta(doc, 'og:image:width'), where).toBe('1200');
      expect(meta(doc, 'og:image:height'), where).toBe('630');
      expect(meta(doc, 'og:image:alt')?.length, where).toBeGreaterThan(20);
      expect(meta(doc, 'twitter:card'), where).toBe('summary_large_image');
      // A canonical link and og:url on every page but the 404 (served at any address).
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(doc)?.[1];
      if (where === '404.html') {
        expect(canonical).toBeUndefined();
        expect(doc).toContain('<meta name="robots" content="noindex">');
      } else {
        expect(canonical?.startsWith(build.root), `${where}: ${canonical}`).toBe(true);
        expect(meta(doc, 'og:url'), where).toBe(build.root + where.replace(/index\.html$/, ''));
      }
    }
  });

  test('a chapter’s embed previews with its own image; the other pages with the story’s', () => {
    const image = (path: string) => meta(readFileSync(join('dist', path), 'utf8'), 'og:image');
    expect(image('embed/rafah/index.html')).toBe('http://localhost:4321/share/rafah.png');
    expect(image('index.html')).toBe('http://localhost:4321/share/story.png');
    expect(image('present/index.html')).toBe('http://localhost:4321/share/story.png');
  });

  test('an Arabic page previews with the Arabic image, in both builds; the story’s structured data names it too', () => {
    for (const build of BUILDS) {
      const doc = (path: string) => readFileSync(join(build.dist, path), 'utf8');
      expect(meta(doc('ar/index.html'), 'og:image')).toBe(`${build.root}ar/share/story.png`);
      expect(meta(doc('ar/present/index.html'), 'og:image')).toBe(`${build.root}ar/share/story.png`);
      expect(meta(doc('ar/embed/rafah/index.html'), 'og:image')).toBe(`${build.root}ar/share/rafah.png`);
      expect(meta(doc('ar/index.html'), 'og:image:alt')).toMatch(/^«.+»، قصة بالخرائط، /);
      expect(doc('ar/index.html')).toContain(`"image":[{"@type":"ImageObject","url":"${build.root}ar/share/story.png"`);
      // Each Arabic image is its own drawing, not a copy of the English one.
      for (const id of CHAPTER_IDS) {
        expect(readFileSync(join(build.dist, `ar/share/${id}.png`)).equals(readFileSync(join(build.dist, `share/${id}.png`))), id).toBe(false);
      }
    }
  });
});

describe('each chapter’s Arabic share link', () => {
  test('carries the Arabic chapter’s title, summary and image, with the Arabic story as canonical', () => {
    for (const build of BUILDS) {
      const doc = readFileSync(join(build.dist, 'ar/share/the-200/index.html'), 'utf8');
      expect(doc).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/i);
      expect(meta(doc, 'og:image')).toBe(`${build.root}ar/share/the-200.png`);
      expect(meta(doc, 'og:url')).toBe(`${build.root}ar/share/the-200/`);
      expect(doc).toContain(`<link rel="canonical" href="${build.root}ar/">`);
      const target = `${new URL(build.root).pathname}ar/#the-200`;
      expect(doc).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(doc).toContain(`<a href="${target}">اقرأ هذا الفصل في القصة</a>`);
    }
  });

  test('opens the Arabic story at its chapter, and the Arabic Share button gives it', async () => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${base}ar/share/border-security/`);
    await page.waitForURL(`${base}ar/#border-security`);
    await page.waitForFunction(() => document.querySelector('section[data-chapter][data-active]')?.id === 'border-security');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('#rafah [data-share]', 'data-share')).toBe('http://localhost:4321/ar/share/rafah/');
    await context.close();
  });
});
