/**
 * The map fits at every size (issue 14): at 320×568, 390×844, 768×1024,
 * 1280×800 and 1920×1080, every chapter's highlighted features lie in the
 * part of the map a reader can see, inside the screen and clear of the text
 * card, the buttons, the locator, the key and the attribution. In the live
 * map (projected from the stage's data-center and data-zoom) and in the
 * static map that stands in for it (the SVG's own highlighted shapes).
 *
 * And the first screen: before any interaction, the stage's poster fills a
 * substantial part of it beside or under the headline, on a phone and a
 * desktop.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { describe, expect, inject, test } from 'vitest';
import { findFeature } from '../../src/geo/layers';
import { screenPoint } from '../../src/map/shared/mercator';
import type { MapChapter } from '../../src/map/shared/camera';
import type { FeatureId } from '../../src/model/ids';
import { DESKTOP, PHONE, launch, openPage, readerStarts, useBrowser, waitForChapterOnMap, waitForStage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

const SIZES: [number, number][] = [[320, 568], [390, 844], [768, 1024], [1280, 800], [1920, 1080]];
const sized = ([width, height]: [number, number]): BrowserContextOptions => ({
  viewport: { width, height }, deviceScaleFactor: 1, isMobile: width < 700, hasTouch: width < 700, reducedMotion: 'reduce',
});

interface Rect { x0: number; y0: number; x1: number; y1: number; what: string }
const overlap = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
const inside = (a: Rect, frame: Rect, tolerance = 2) =>
  a.x0 >= frame.x0 - tolerance && a.y0 >= frame.y0 - tolerance && a.x1 <= frame.x1 + tolerance && a.y1 <= frame.y1 + tolerance;

/** Bring chapter `id`'s section to the top of the screen, as the chapter buttons do. */
async function goToChapter(page: Page, id: string) {
  await page.evaluate((chapterId) => document.getElementById(chapterId)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
}

/** The boxes on screen that cover the map (text, buttons, map furniture) and the part of the screen the map is in. */
function screenFurniture(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null, what: string) => {
      if (!el) return [];
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
      return [{ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, what }];
    };
    const stage = document.querySelector('[data-map-stage]')!.getBoundingClientRect();
    const frame = {
      x0: Math.max(0, stage.left), y0: Math.max(0, stage.top),
      x1: Math.min(innerWidth, stage.right), y1: Math.min(innerHeight, stage.bottom), what: 'the map on screen',
    };
    const covers = [
      ...box(document.querySelector('.chapter[data-active] .card'), 'the text card'),
      ...box(document.querySelector('.story-header'), 'the headline'),
      ...box(document.querySelector('.chapter-nav'), 'the chapter buttons'),
      ...box(document.querySelector('[data-map-explore]'), 'the Explore button'),
      ...box(document.querySelector('[data-map-stage] > svg[data-locator]'), 'the locator'),
      ...box(document.querySelector('[data-map-stage] > [data-legend]'), 'the key'),
      ...box(document.querySelector('[data-map-stage] .maplibregl-ctrl-scale'), 'the scale bar'),
      ...box(document.querySelector('[data-map-stage] .maplibregl-ctrl-attrib'), 'the attribution'),
    ].filter((c) => Math.min(c.x1, frame.x1) > Math.max(c.x0, frame.x0) && Math.min(c.y1, frame.y1) > Math.max(c.y0, frame.y0));
    return { stage: { left: stage.left, top: stage.top, width: stage.width, height: stage.height }, frame, covers };
  });
}

/** Where a feature's [west, south, east, north] box falls on the live map, in the page's pixels (points get their symbol's size). */
function liveBox(id: FeatureId, center: [number, number], zoom: number, stage: { left: number; top: number; width: number; height: number }): Rect {
  const [w, s, e, n] = bbox(findFeature(id));
  const size = [stage.width, stage.height] as const;
  const [x0, y0] = screenPoint([w, n], center, zoom, size);
  const [x1, y1] = screenPoint([e, s], center, zoom, size);
  const pad = w === e && s === n ? 6 : 0;
  return { x0: stage.left + x0 - pad, y0: stage.top + y0 - pad, x1: stage.left + x1 + pad, y1: stage.top + y1 + pad, what: id };
}

const misfits = (boxes: Rect[], frame: Rect, covers: Rect[]) => boxes.flatMap((b) => [
  ...(inside(b, frame) ? [] : [`${b.what} leaves ${frame.what}`]),
  ...covers.filter((c) => overlap(b, c)).map((c) => `${b.what} is under ${c.what}`),
]);

async function chaptersOf(page: Page) {
  return page.evaluate(() => JSON.parse(document.getElementById('chapters-data')!.textContent!) as MapChapter[]);
}

describe.each(SIZES)('at %i×%i', (width, height) => {
  test('every chapter’s highlighted features are in view on the live map, clear of the text and the map’s furniture', async () => {
    const { context, page, errors } = await openPage(browser(), base, sized([width, height]));
    await readerStarts(page);
    await waitForStage(page, 'ready');
    const problems: string[] = [];
    for (const chapter of await chaptersOf(page)) {
      await goToChapter(page, chapter.id);
      await waitForChapterOnMap(page, chapter.id);
      // The locator and the scale bar follow the camera once it rests.
      await page.waitForTimeout(150);
      const { stage, frame, covers } = await screenFurniture(page);
      const { center, zoom } = await page.$eval('[data-map-stage]', (el) => ({
        center: (el as HTMLElement).dataset.center!.split(',').map(Number) as [number, number],
        zoom: Number((el as HTMLElement).dataset.zoom),
      }));
      const boxes = chapter.highlight.map((id) => liveBox(id, center, zoom, stage));
      problems.push(...misfits(boxes, frame, covers).map((p) => `${chapter.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the static maps (no WebGL)', () => {
  test.each(SIZES)('at %i×%i every chapter’s highlighted shapes are in view, clear of the text', async (width, height) => {
    const noGl = await launch({ extraArgs: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] });
    const { page } = await openPage(noGl, base, sized([width, height]));
    await readerStarts(page);
    await waitForStage(page, 'fallback');
    const problems: string[] = [];
    for (const chapter of await chaptersOf(page)) {
      await goToChapter(page, chapter.id);
      await page.waitForFunction((id) => document.querySelector(`.map-posters svg[data-static-map="${id}"]`), chapter.id);
      const { frame, covers } = await screenFurniture(page);
      const boxes = await page.$$eval('.map-posters svg [data-highlight]', (els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, what: `${(el as SVGElement).dataset.feature} (static)` };
      }));
      expect(boxes.length, chapter.id).toBeGreaterThan(0);
      problems.push(...misfits(boxes, frame, covers).map((p) => `${chapter.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    await noGl.close();
  });
});

describe('the first screen', () => {
  test.each([['a phone', PHONE], ['a desktop', DESKTOP]] as const)('on %s shows the headline and the first chapter’s map together, before any interaction', async (_, options) => {
    const { context, page } = await openPage(browser(), base, options);
    await page.waitForLoadState('load');
    // Nothing has moved yet: the stage still shows its poster, not the live map.
    expect(await page.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.state)).toBe('poster');
    const seen = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.map-posters svg')!;
      // The drawing inside the SVG's box (it keeps its aspect ratio, centred).
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const k = Math.min(box.width / vb.width, box.height / vb.height);
      const drawn = { x0: box.left + (box.width - vb.width * k) / 2, y0: box.top + (box.height - vb.height * k) / 2 };
      const x1 = drawn.x0 + vb.width * k;
      const y1 = drawn.y0 + vb.height * k;
      // Sample the screen: how much of it shows the poster's drawing (not covered by the headline or a button)?
      let hits = 0;
      let total = 0;
      for (let y = 4; y < innerHeight; y += 8) {
        for (let x = 4; x < innerWidth; x += 8) {
          total += 1;
          if (x < drawn.x0 || x > x1 || y < drawn.y0 || y > y1) continue;
          if (svg.contains(document.elementFromPoint(x, y))) hits += 1;
        }
      }
      const h1 = document.querySelector('h1')!.getBoundingClientRect();
      return { share: hits / total, headlineInView: h1.top >= 0 && h1.bottom <= innerHeight };
    });
    expect(seen.headlineInView).toBe(true);
    expect(seen.share).toBeGreaterThan(0.3);
    await context.close();
  });
});
