/**
 * The story without parts: without JavaScript, without WebGL, and when the
 * map's data cannot load. The static maps (drawn at build time) stand in,
 * and the story still reads chapter by chapter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS, CHART_IDS } from '../../src/model/ids';
import { DESKTOP, PHONE, launch, readerStarts, useBrowser, scrollToChapter, waitForStage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** Width and height of each chapter's own static map, as drawn. */
const chapterMapSizes = (page: Page) =>
  page.$$eval('section[data-chapter]', (sections) =>
    sections.map((s) => {
      const svg = s.querySelector(`svg[data-static-map="${s.id}"]`);
      const r = svg?.getBoundingClientRect();
      return { id: s.id, width: Math.round(r?.width ?? 0), height: Math.round(r?.height ?? 0) };
    }),
  );

describe('without JavaScript', () => {
  test('every chapter shows its static map and the charts show, with no map stage', async () => {
    const context = await browser().newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base);
    const maps = await chapterMapSizes(page);
    expect(maps.map((m) => m.id)).toEqual([...CHAPTER_IDS]);
    for (const m of maps) {
      expect(m.width, m.id).toBeGreaterThan(200);
      expect(m.height, m.id).toBeGreaterThan(200);
    }
    for (const chart of CHART_IDS) {
      const box = await page.$eval(`figure[data-chart="${chart}"] svg`, (svg) => svg.getBoundingClientRect().height);
      expect(box, chart).toBeGreaterThan(50);
    }
    expect(await page.$eval('.stage-column', (el) => getComputedStyle(el).display)).toBe('none');
    // Each map's caption says what it shows, in words.
    const caption = await page.$eval('#rafah [data-map-description]', (el) => el.textContent);
    expect(caption).toMatch(/Rafah crossing/);
    await context.close();
  });

  test('each chapter’s static map draws its highlighted features', async () => {
    const context = await browser().newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base);
    const missing = await page.$$eval('section[data-chapter]', (sections) =>
      sections.flatMap((s) => {
        const data = JSON.parse(document.getElementById('chapters-data')!.textContent!) as { id: string; highlight: string[] }[];
        const chapter = data.find((c) => c.id === s.id)!;
        return chapter.highlight
          .filter((f) => !s.querySelector(`svg[data-static-map] [data-feature="${f}"]`))
          .map((f) => `${s.id}: ${f}`);
      }),
    );
    expect(missing).toEqual([]);
    await context.close();
  });
});

describe('without WebGL', () => {
  test('the stage falls back to the static maps, says why, and follows the chapters', async () => {
    const noGl = await launch({ extraArgs: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] });
    try {
      const page = await (await noGl.newContext(DESKTOP)).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base);
      await page.mouse.wheel(0, 10); // the reader's first move starts the map
      await waitForStage(page, 'fallback');
      expect(await page.textContent('[data-map-status]')).toMatch(/WebGL/);
      for (const id of ['rafah', 'the-deal', 'abraham-accords']) {
        await scrollToChapter(page, id);
        await page.waitForFunction(
          (chapter) => document.querySelector<HTMLElement>('[data-map-stage]')!.dataset.chapter === chapter,
          id,
        );
        expect(await page.$eval('section[data-active]', (s) => s.id)).toBe(id);
        // The poster is the chapter's static map, drawn at a visible size.
        const poster = await page.$eval('.map-posters svg', (svg) => ({
          id: svg.getAttribute('data-static-map'), height: svg.getBoundingClientRect().height,
        }));
        expect(poster).toEqual({ id, height: expect.any(Number) });
        expect(poster.height).toBeGreaterThan(300);
      }
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('when the map data cannot load', () => {
  test('the stage says so, keeps the static maps, and the story still works', async () => {
    const context = await browser().newContext(DESKTOP);
    await context.route('**/data/layers/*.geojson', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(base);
    await readerStarts(page);
    await waitForStage(page, 'fallback', 40_000);
    expect(await page.textContent('[data-map-status]')).toMatch(/could not be loaded/);
    await scrollToChapter(page, 'ceasefire');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-map-stage]')!.dataset.chapter === 'ceasefire');
    expect(await page.$eval('.map-posters svg', (svg) => svg.getAttribute('data-static-map'))).toBe('ceasefire');
    await context.close();
  });
});

describe('the poster', () => {
  test('shows the first chapter’s map at first paint and gives way to the map without a layout shift', async () => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number }).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    const poster = await page.$eval('[data-map-stage] .map-posters svg', (svg) => ({
      id: svg.getAttribute('data-static-map'), width: svg.getBoundingClientRect().width,
    }));
    expect(poster.id).toBe('proposal');
    expect(poster.width).toBeGreaterThan(300);
    await readerStarts(page);
    await waitForStage(page, 'ready');
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
    expect(shift).toBeLessThan(0.01);
    await context.close();
  });
});
