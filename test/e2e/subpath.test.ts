/**
 * The site built for a sub-path (BASE_PATH=/graphics/rafah/, SITE_URL=
 * https://news.example.org: npm run build:subpath) and served from it, as a
 * newsroom or GitHub Pages would (issue 15): the story's live map, the slides
 * with the notes window, an embed sized by pym.js on another origin, the data
 * downloads and the 404 all work, and no request fails or leaves the path.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, readerStarts, useBrowser, waitForStage } from './browser';
import { startEmbedHost } from './embed-host';

const base = inject('subpathUrl'); // http://127.0.0.1:<port>/graphics/rafah/
const origin = new URL(base).origin;
const path = new URL(base).pathname;
const browser = useBrowser();

/** A page that records every failed request and every request for this site outside the sub-path. */
async function open(url: string) {
  const context = await browser().newContext(DESKTOP);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/no-such-page/')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && !u.pathname.startsWith(path)) problems.push(`outside the base path: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { context, page, problems };
}

const stageChapter = (page: Page) => page.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.chapter);

describe('under a sub-path', () => {
  test('the story loads its live map, and every link and snippet carries the path', async () => {
    const { context, page, problems } = await open(`${base}#the-deal`);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    expect(await stageChapter(page)).toBe('the-deal');
    const snippet = await page.$eval('[data-embed-open][data-snippet]', (el) => el.getAttribute('data-snippet'));
    expect(snippet).toContain('src="https://news.example.org/graphics/rafah/embed/');
    const preview = await page.$eval('[data-embed-open][data-preview]', (el) => el.getAttribute('data-preview'));
    expect(preview).toMatch(/^\/graphics\/rafah\/embed\//);
    const oembed = await page.$eval('link[type="application/json+oembed"]', (el) => el.getAttribute('href'));
    expect(oembed).toBe('https://news.example.org/graphics/rafah/oembed/story.json');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the oEmbed JSON points at the embed under the path', async () => {
    const json = JSON.parse(readFileSync('dist-subpath/oembed/rafah.json', 'utf8')) as { html: string; provider_url: string };
    expect(json.html).toContain('src="https://news.example.org/graphics/rafah/embed/rafah/"');
    expect(json.provider_url).toBe('https://news.example.org/graphics/rafah/');
  });

  test('the slides move with the keys and the notes window follows', async () => {
    const { context, page, problems } = await open(`${base}present/#rafah`);
    const notes = await context.newPage();
    await notes.goto(`${base}present/notes/`);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#ceasefire');
    await notes.waitForFunction(() => document.querySelector('[data-notes-progress]')?.textContent === '3 / 10');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the data downloads are served from the path', async () => {
    const { context, page, problems } = await open(`${base}data/`);
    const hrefs = await page.$$eval('a[data-download]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      expect(href.startsWith(base)).toBe(true);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an unknown page gets the helpful 404, whose links stay under the path', async () => {
    const { context, page } = await open(`${base}no-such-page/`);
    const links = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(l.startsWith(base), l).toBe(true);
    await context.close();
  });
});

describe('an embed under a sub-path, in a newsroom page with pym.js', () => {
  let hostPage: Awaited<ReturnType<typeof startEmbedHost>> | undefined;
  let host: string;
  beforeAll(async () => {
    hostPage = await startEmbedHost();
    host = hostPage.host;
  });
  afterAll(async () => hostPage?.stop());

  test('sizes its frame to its content', async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${host}/pym.html?src=${encodeURIComponent(`${base}embed/rafah/`)}`);
    const frameHeight = () => page.$eval('iframe', (el) => Math.round(el.getBoundingClientRect().height));
    await page.waitForFunction(() => (document.querySelector('iframe')?.getBoundingClientRect().height ?? 0) > 200, null, { timeout: 20_000 });
    const frame = page.frames().find((f) => f.url().startsWith(`${base}embed/rafah/`))!;
    expect(frame).toBeDefined();
    await frame.waitForFunction(() => document.documentElement.dataset.embedHeight !== undefined);
    const content = Number(await frame.evaluate(() => document.documentElement.dataset.embedHeight));
    await page.waitForFunction((h) => Math.abs((document.querySelector('iframe')?.getBoundingClientRect().height ?? 0) - h) <= 3, content, { timeout: 10_000 });
    expect(Math.abs((await frameHeight()) - content)).toBeLessThanOrEqual(3);
    await context.close();
  });
});
