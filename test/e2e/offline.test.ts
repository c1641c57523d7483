/**
 * The offline classroom (issue 17) in Chromium: a teacher opens /present/
 * once; the service worker keeps the slides, the presenter's window, the
 * handout and the story; with the network gone (the context offline and the
 * server stopped: both, so that nothing can still reach it) all of them open,
 * the live map included, and the toolbar said "Ready offline" before. Then a
 * changed build is published at the same address and the next visit gets
 * it, online and offline. The story and the embeds register nothing.
 *
 * Each test serves its own copy of a build (test/e2e/published-site.ts), so
 * that it can publish a new version or stop the network without touching
 * the server the other tests share.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import { DESKTOP, PHONE, readerStarts, useBrowser, waitForChapterOnMap, waitForStage } from './browser';
import { publishedSite, type PublishedSite } from './published-site';

const browser = useBrowser();
// WebGL on the CPU of a shared two-core machine: the walk through ten slides is slow.
const SLOW_TEST_MS = 300_000;
const LOAD_MS = 90_000;

let site: PublishedSite | undefined;
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
  await site?.dispose();
  site = undefined;
});

/** What every test here starts from: its own copy of a build on its own server, and a new browser context (both closed after it). */
async function serveCopy(dist: 'dist' | 'dist-subpath', options: BrowserContextOptions, base = '/') {
  site = await publishedSite(dist, base);
  context = await browser().newContext(options);
  return { site, context };
}

/** A teacher's one visit: the slides opened, and every file kept by the worker. */
async function openSlidesOnce(site: PublishedSite, context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}present/`);
  await waitReadyOffline(page);
  return page;
}

/** Wait until the slides say they work offline, and the page is controlled by the worker. */
async function waitReadyOffline(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent === 'Ready offline', undefined, { timeout: LOAD_MS });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: LOAD_MS });
}

/**
 * Which version of the slides' page the worker keeps: 'installing' or 'waiting' while a new
 * worker is not yet active, else the edition named in the kept page's <h1> ('1' when none).
 */
const keptEdition = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration?.active) return 'no worker';
    if (registration.installing) return 'installing';
    if (registration.waiting) return 'waiting';
    // The English slides only (the Arabic ones, /ar/present/, are kept beside them).
    const slides = new URL('present/index.html', registration.scope).pathname;
    const editions: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        if (new URL(key.url).pathname !== slides) continue;
        const html = await (await cache.match(key))!.text();
        editions.push(/<h1[^>]*data-edition="([^"]+)"/.exec(html)?.[1] ?? '1');
      }
    }
    return editions.join(',') || 'not kept';
  });

/** Requests that failed or were answered with an error, while the network is gone. */
function watchFailures(page: Page, failures: string[]) {
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => failures.push(`error: ${e.message}`));
}

describe('after one visit to the slides', () => {
  test('the slides, the notes, the handout and the story work with the network gone; a new version reaches the next visit', async () => {
    const { site, context } = await serveCopy('dist', { ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.url}present/`);
    // Discreet until it is true: nothing is said before the worker has kept every file.
    expect(await page.getAttribute('[data-offline-status]', 'role')).toBe('status');
    await waitReadyOffline(page);
    expect(await page.isVisible('[data-offline-status]')).toBe(true);

    // The network goes.
    await site.stop();
    await context.setOffline(true);
    const failures: string[] = [];
    watchFailures(page, failures);
    await page.reload();
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    for (let i = 0; i < CHAPTER_IDS.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await waitForChapterOnMap(page, CHAPTER_IDS[i]!, 30_000);
      expect(await page.$eval('section[data-active]', (s) => s.id)).toBe(CHAPTER_IDS[i]);
    }
    // The map drew its layers from the kept data (not the poster).
    expect(await page.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.state)).toBe('ready');

    // The presenter's window opens and follows the slides.
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('n');
    const notes = await popup;
    watchFailures(notes, failures);
    await notes.waitForSelector('[data-notes][data-connected]');
    await notes.waitForFunction(() => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === '9');
    await page.keyboard.press('Home');
    await notes.waitForFunction(() => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === '0');

    // The Arabic slides (issue 16), never opened before, with the live map.
    const arabic = await context.newPage();
    watchFailures(arabic, failures);
    await arabic.goto(`${site.url}ar/present/`);
    await readerStarts(arabic);
    await waitForStage(arabic, 'ready', LOAD_MS);
    expect(await arabic.getAttribute('html', 'dir')).toBe('rtl');

    // The handout, never opened before, with its maps.
    const handout = await context.newPage();
    watchFailures(handout, failures);
    await handout.goto(`${site.url}handout/`);
    expect(await handout.$$eval('svg[data-static-map]', (maps) => maps.length)).toBeGreaterThanOrEqual(CHAPTER_IDS.length);

    // The story, never opened before either, with its live map.
    const story = await context.newPage();
    watchFailures(story, failures);
    await story.goto(`${site.url}#the-deal`);
    await readerStarts(story);
    await waitForStage(story, 'ready', LOAD_MS);
    await waitForChapterOnMap(story, 'the-deal', 30_000);
    expect(failures).toEqual([]);
    await Promise.all([notes.close(), arabic.close(), handout.close(), story.close()]);

    // A new version is published at the same address, and the network is back.
    await site.publish((html) => html.replace('<h1 class="visually-hidden">', '<h1 class="visually-hidden" data-edition="2">'));
    await context.setOffline(false);
    await site.start();
    await page.goto(`${site.url}present/`);
    // The page itself comes from the network first: the new version at once.
    expect(await page.$('h1[data-edition="2"]')).not.toBeNull();
    // The new worker takes over and keeps the new version; offline, the next visit still gets it.
    await expect.poll(() => keptEdition(page), { timeout: LOAD_MS, interval: 500 }).toBe('2');
    await waitReadyOffline(page);
    await site.stop();
    await context.setOffline(true);
    await page.reload();
    expect(await page.$('h1[data-edition="2"]')).not.toBeNull();
  }, SLOW_TEST_MS);

  test('an error is never kept: a build with a file missing leaves the version that works', async () => {
    const { site, context } = await serveCopy('dist', DESKTOP);
    const page = await openSlidesOnce(site, context);
    // A new version whose handout the host answers with a 404 (a half-finished upload).
    await site.publish((html) => html.replace('<h1 class="visually-hidden">', '<h1 class="visually-hidden" data-edition="broken">'), ['handout/index.html']);
    const failed = page.evaluate(() => new Promise<string>((resolve) => {
      navigator.serviceWorker.getRegistration().then((registration) => {
        registration!.addEventListener('updatefound', () => {
          const worker = registration!.installing!;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'redundant' || worker.state === 'activated') resolve(worker.state);
          });
        });
        void registration!.update();
      });
    }));
    expect(await failed).toBe('redundant');
    // No 404 in any cache, and offline the kept (old) handout still opens.
    const statuses = await page.evaluate(async () => {
      const all: number[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) all.push((await cache.match(request))!.status);
      }
      return [...new Set(all)];
    });
    expect(statuses).toEqual([200]);
    await site.stop();
    await context.setOffline(true);
    const handout = await context.newPage();
    const response = await handout.goto(`${site.url}handout/`);
    expect(response?.status()).toBe(200);
    expect(await handout.$$eval('svg[data-static-map]', (maps) => maps.length)).toBeGreaterThan(0);
  }, SLOW_TEST_MS);
});

describe('the slides stay still while they get ready', () => {
  test.each([['a phone', PHONE], ['a desktop', DESKTOP]] as const)('on %s, nothing moves when the worker has kept every file (no layout shift)', async (_, options) => {
    const { site, context } = await serveCopy('dist', options);
    await context.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}present/`);
    // The worker says every file is kept (the status is filled, whether or not the toolbar has room to show it).
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent !== '', undefined, { timeout: LOAD_MS });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  }, SLOW_TEST_MS);
});

describe('under a sub-path', () => {
  test('the worker is scoped to the path and keeps the slides and the handout', async () => {
    const { site, context } = await serveCopy('dist-subpath', DESKTOP, '/graphics/rafah/');
    const page = await openSlidesOnce(site, context);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope);
    expect(new URL(scope).pathname).toBe('/graphics/rafah/');
    await site.stop();
    await context.setOffline(true);
    const failures: string[] = [];
    const handout = await context.newPage();
    watchFailures(handout, failures);
    await handout.goto(`${site.url}handout/`);
    expect(await handout.$$eval('svg[data-static-map]', (maps) => maps.length)).toBeGreaterThan(0);
    await page.reload();
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    expect(failures).toEqual([]);
  }, SLOW_TEST_MS);
});

describe('the story and the embeds', () => {
  test('register no service worker and ask for nothing more on a first visit', async () => {
    const { site, context } = await serveCopy('dist', DESKTOP);
    for (const path of ['', 'embed/', 'embed/rafah/']) {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      expect(requested.filter((p) => /sw\.js|manifest|offline/.test(p)), path).toEqual([]);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), path).toBe(0);
      expect(await page.$('link[rel="manifest"]'), path).toBeNull();
      await page.close();
    }
  });
});
