/**
 * The scrolling story in Chromium with WebGL: the map loads, follows the
 * reader through all ten chapters, shows Gaza on its canvas, honours deep
 * links and reduced motion, and works at phone and desktop sizes.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import type { MapChapter } from '../../src/map/shared/camera';
import { boundsCenter, boundsContain } from '../../src/map/shared/camera';
import {
  DESKTOP, PHONE, useBrowser, scrollToChapter, waitForChapterOnMap, waitForStage, openPage, readerStarts, snapshotMap } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

const open = (options = DESKTOP, path = '') => openPage(browser(), base, options, path);

const chaptersOf = (page: Page) =>
  page.evaluate(() => JSON.parse(document.getElementById('chapters-data')!.textContent!) as MapChapter[]);

async function stage(page: Page) {
  return page.$eval('[data-map-stage]', (el) => ({ ...(el as HTMLElement).dataset }));
}

/** The map's centre must lie within the chapter's target (its bounds, with a margin, or its camera centre). */
function expectCameraOn(chapter: MapChapter, center: string | undefined) {
  const [lng, lat] = center!.split(',').map(Number) as [number, number];
  const { camera } = chapter;
  if (camera.bounds) {
    const [w, s, e, n] = camera.bounds;
    const margin = Math.max(e - w, n - s) * 0.35 + 0.02;
    expect(boundsContain(camera.bounds, [lng, lat], margin), `${chapter.id}: centre ${center} vs ${camera.bounds} (centre ${boundsCenter(camera.bounds)})`).toBe(true);
  } else {
    expect(Math.abs(lng - camera.center![0])).toBeLessThan(1);
    expect(Math.abs(lat - camera.center![1])).toBeLessThan(1);
  }
}

async function activeChapter(page: Page) {
  return page.$$eval('section[data-chapter]', (els) =>
    els.filter((e) => e.hasAttribute('data-active')).map((e) => `${e.id}|${e.getAttribute('aria-current')}`),
  );
}

describe('the story on a desktop', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let foreign: string[];

  beforeAll(async () => {
    ({ context, page, errors, foreign } = await open(DESKTOP));
    await readerStarts(page);
    await waitForStage(page, 'ready');
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the first chapter is active and the map stage is ready on it', async () => {
    expect(await activeChapter(page)).toEqual(['proposal|step']);
    const s = await stage(page);
    expect(s.state).toBe('ready');
    expect(s.chapter).toBe('proposal');
  });

  test('scrolling makes each chapter active in turn, and the map follows', async () => {
    const chapters = await chaptersOf(page);
    expect(chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    // The charts are drawn once, at build time: scrolling never touches them,
    // and the map's data is fetched once, whatever the chapters show.
    const charts = await page.evaluate(() => {
      const w = window as unknown as { __chartChanges: number };
      w.__chartChanges = 0;
      const figures = document.querySelectorAll('[data-chart]');
      const observer = new MutationObserver((records) => (w.__chartChanges += records.length));
      figures.forEach((f) => observer.observe(f, { subtree: true, childList: true, attributes: true, characterData: true }));
      return figures.length;
    });
    expect(charts).toBeGreaterThan(0);
    const dataRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.geojson')) dataRequests.push(r.url());
    });
    for (const chapter of chapters) {
      await scrollToChapter(page, chapter.id);
      await waitForChapterOnMap(page, chapter.id);
      expect(await activeChapter(page)).toEqual([`${chapter.id}|step`]);
      // The hash follows the reader (a bare URL stays bare until they move on).
      if (chapter.id !== 'proposal') expect(new URL(page.url()).hash).toBe(`#${chapter.id}`);
      expectCameraOn(chapter, (await stage(page)).center);
    }
    expect(await page.evaluate(() => (window as unknown as { __chartChanges: number }).__chartChanges)).toBe(0);
    expect(dataRequests).toEqual([]);
  });

  test('the canvas shows the Gaza Strip at the rafah chapter', async () => {
    await scrollToChapter(page, 'rafah');
    await waitForChapterOnMap(page, 'rafah');
    await page.waitForTimeout(800); // let the layers' fade-in finish
    await snapshotMap(page);
    const share = await page.evaluate(() => {
      const ctx = (window as unknown as { __mapSnapshot: CanvasRenderingContext2D }).__mapSnapshot;
      const { data } = ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height);
      // Count pixels close to the Gaza fill colour (#fcd9bd) or outline (#c2410c).
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const near = (R: number, G: number, B: number) => Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < 40;
        if (near(0xfc, 0xd9, 0xbd) || near(0xc2, 0x41, 0x0c)) hits++;
      }
      return hits / (data.length / 4);
    });
    expect(share).toBeGreaterThan(0.05);
  });

  test('a wheel over the map scrolls the page (the map traps no scroll)', async () => {
    await scrollToChapter(page, 'ceasefire');
    const before = await page.evaluate(() => scrollY);
    const box = (await page.$('[data-map-stage]'))!.boundingBox();
    const b = (await box)!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.wheel(0, 600);
    await page.waitForFunction((y) => scrollY > y + 300, before);
  });

  test('nothing is requested from another origin and no script fails', async () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the map waits for the reader', () => {
  test('a reader who has not moved gets the text and the poster only; the first move loads the map', async () => {
    const { context, page, errors } = await open(PHONE);
    const mapRequests: string[] = [];
    page.on('request', (r) => {
      if (/maplibre|mount-map|\.geojson/.test(r.url())) mapRequests.push(r.url());
    });
    await page.waitForLoadState('load');
    await page.waitForTimeout(4000); // longer than any idle wait: nothing may start by itself
    expect(await stage(page)).toMatchObject({ state: 'poster', chapter: 'proposal' });
    expect(mapRequests).toEqual([]);
    expect(await page.$('.maplibregl-canvas')).toBeNull();
    await page.touchscreen.tap(10, 10);
    await waitForStage(page, 'ready');
    expect(mapRequests.some((u) => u.endsWith('.geojson'))).toBe(true);
    expect(await activeChapter(page)).toEqual(['proposal|step']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the chapters’ static maps', () => {
  test('come as SVG once the page is idle, each in its chapter, none left waiting', async () => {
    const { context, page, errors } = await open(PHONE);
    await page.waitForFunction(
      (count) => document.querySelectorAll('.chapter-map svg[data-static-map]').length === count
        && !document.querySelector('noscript[data-deferred-map]'),
      CHAPTER_IDS.length,
      { timeout: 20_000 },
    );
    const maps = await page.$$eval('.chapter-map svg[data-static-map]', (svgs) =>
      svgs.map((svg) => [svg.closest('section')!.id, svg.getAttribute('data-static-map'), svg.querySelectorAll('path').length > 0]));
    expect(maps).toEqual(CHAPTER_IDS.map((id) => [id, id, true]));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('deep links, reloads and resizes', () => {
  test('opening /#the-deal starts at that chapter with the map already there', async () => {
    const { context, page } = await open(DESKTOP, '#the-deal');
    await waitForStage(page, 'ready');
    await waitForChapterOnMap(page, 'the-deal');
    expect(await activeChapter(page)).toEqual(['the-deal|step']);
    const chapter = (await chaptersOf(page)).find((c) => c.id === 'the-deal')!;
    expectCameraOn(chapter, (await stage(page)).center);
    await context.close();
  });

  test('a hostile hash is ignored and the story starts at the beginning', async () => {
    const { context, page, errors } = await open(DESKTOP, '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await readerStarts(page);
    await waitForStage(page, 'ready');
    expect(await activeChapter(page)).toEqual(['proposal|step']);
    expect(await page.$('img[src="x"]')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('reloading mid-story and resizing keep the map on the chapter being read', async () => {
    const { context, page } = await open(DESKTOP);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    await scrollToChapter(page, 'international-force');
    await waitForChapterOnMap(page, 'international-force');
    await page.reload();
    await waitForStage(page, 'ready');
    await waitForChapterOnMap(page, 'international-force');
    expect(await activeChapter(page)).toEqual(['international-force|step']);
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.waitForTimeout(500);
    await waitForChapterOnMap(page, 'international-force');
    expect(await activeChapter(page)).toEqual(['international-force|step']);
    const chapter = (await chaptersOf(page)).find((c) => c.id === 'international-force')!;
    expectCameraOn(chapter, (await stage(page)).center);
    await context.close();
  });

  test('fast scrolling to the end leaves the map on the last chapter', async () => {
    const { context, page } = await open(DESKTOP);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    for (const id of CHAPTER_IDS) await scrollToChapter(page, id);
    await waitForChapterOnMap(page, 'open-questions');
    expect(await activeChapter(page)).toEqual(['open-questions|step']);
    await context.close();
  });
});

describe('motion', () => {
  /** Watch the camera for a few frames after the map switches to `id`: did it fly? */
  async function flies(page: Page, id: string) {
    const watcher = page.evaluate(
      (target) =>
        new Promise<boolean>((resolve) => {
          const s = document.querySelector<HTMLElement>('[data-map-stage]')!;
          let frames = 0;
          let moving = false;
          const tick = () => {
            if (s.dataset.chapter === target) {
              moving ||= s.dataset.camera === 'moving';
              if (++frames > 10) return resolve(moving);
            }
            requestAnimationFrame(tick);
          };
          tick();
        }),
      id,
    );
    await scrollToChapter(page, id);
    return watcher;
  }

  test('the map flies between chapters by default', async () => {
    const { context, page } = await open(DESKTOP);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    expect(await flies(page, 'rafah')).toBe(true);
    await context.close();
  });

  test('with reduced motion the map jumps instead of flying', async () => {
    const { context, page } = await open({ ...DESKTOP, reducedMotion: 'reduce' });
    await readerStarts(page);
    await waitForStage(page, 'ready');
    expect(await flies(page, 'rafah')).toBe(false);
    await waitForChapterOnMap(page, 'rafah');
    await context.close();
  });
});

describe('on a phone', () => {
  test('the map fills the screen behind the text cards and follows the chapters', async () => {
    const { context, page, errors } = await open(PHONE);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    await scrollToChapter(page, 'the-200');
    const layout = await page.evaluate(() => {
      const stage = document.querySelector('[data-map-stage]')!.getBoundingClientRect();
      const card = document.querySelector('#the-200 .card')!.getBoundingClientRect();
      return { stage: [stage.left, stage.top, stage.width, stage.height], vw: innerWidth, vh: innerHeight, cardWidth: card.width,
        overflow: document.documentElement.scrollWidth > innerWidth };
    });
    expect(layout.stage).toEqual([0, 0, layout.vw, layout.vh]);
    expect(layout.cardWidth).toBeLessThanOrEqual(layout.vw);
    expect(layout.overflow).toBe(false);
    await waitForChapterOnMap(page, 'the-200');
    expect(await activeChapter(page)).toEqual(['the-200|step']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
