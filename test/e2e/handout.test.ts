/**
 * The printed surfaces: /handout/ on screen (no JavaScript, every chapter
 * with its map, points and questions) and printed to PDF by Chromium on A4
 * and US Letter (every chapter title in the text, each chapter's map drawn on
 * its page, a sensible page count); printing / gives the static maps and
 * never the live map's canvas; axe-core finds nothing on /handout/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import { DATELINE } from '../../src/model/credits';
import { DESKTOP, axeViolations, readerStarts, useBrowser, waitForStage, watchForeignRequests } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** PDF text per page, with runs of white space made single spaces. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

/** Every static map on the page is laid out, visible and has drawn shapes. */
const mapsDrawn = (page: Page) =>
  page.$$eval('svg[data-static-map]', (svgs) =>
    svgs.map((svg) => {
      const r = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      const shapes = svg.querySelectorAll('path, circle').length;
      return `${svg.getAttribute('data-static-map')}:${r.width > 100 && r.height > 100 && style.visibility === 'visible' && shapes > 0}`;
    }),
  );

describe('the handout', () => {
  let context: BrowserContext;
  let page: Page;
  let titles: string[];
  let labels: Record<string, string[]>;
  const errors: string[] = [];
  let foreign: string[];

  beforeAll(async () => {
    context = await browser().newContext(DESKTOP);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    foreign = watchForeignRequests(page, base.replace(/\/$/, ''));
    await page.goto(`${base}handout/`);
    titles = await page.$$eval('section[data-chapter] h3', (hs) =>
      hs.map((h) => h.lastChild!.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // The names each chapter's map writes on itself, to find the map in the PDF.
    labels = await page.$$eval('svg[data-static-map]', (svgs) =>
      Object.fromEntries(svgs.map((s) => [s.getAttribute('data-static-map'), [...s.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim())])),
    );
  });
  afterAll(async () => {
    await context?.close();
  });

  test('has every chapter with its summary, static map and key points, the timeline, the questions and the sources, and no script', async () => {
    const chapters = await page.$$eval('section[data-chapter]', (els) =>
      els.map((el) => ({
        id: el.id,
        summary: el.querySelector('.handout-summary')?.textContent?.length ?? 0,
        map: el.querySelector('svg[data-static-map]')?.getAttribute('data-static-map'),
        points: el.querySelectorAll('.handout-points li').length,
      })),
    );
    expect(chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    for (const c of chapters) {
      expect(c.map, c.id).toBe(c.id);
      expect(c.summary, c.id).toBeGreaterThan(20);
      expect(c.points, c.id).toBeGreaterThanOrEqual(2);
    }
    expect(await page.$$('figure[data-chart="timeline"]')).toHaveLength(1);
    expect(await page.$$eval('.handout-question-group', (gs) => gs.map((g) => g.querySelectorAll('li .ruled').length > 0))).toEqual(CHAPTER_IDS.map(() => true));
    expect(await page.textContent('.handout-sources')).toContain('OpenStreetMap');
    expect(await page.textContent('.handout-header')).toContain(DATELINE);
    expect(await page.$$eval('script', (s) => s.filter((x) => x.getAttribute('type') !== 'application/json').length)).toBe(0);
    expect(await mapsDrawn(page)).toEqual(CHAPTER_IDS.map((id) => `${id}:true`));
  });

  test('axe-core finds no violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints to ${format}: every chapter title in the text, each chapter's map drawn on the same page, a sensible page count`, async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await mapsDrawn(page)).toEqual(CHAPTER_IDS.map((id) => `${id}:true`));
      const pages = await pdfPages(await page.pdf({ format }));
      await page.emulateMedia({ media: 'screen' });
      // Ten chapters two or three to a page, the timeline, two pages of questions, sources.
      expect(pages.length).toBeGreaterThanOrEqual(5);
      expect(pages.length).toBeLessThanOrEqual(12);
      const all = pages.join(' ');
      CHAPTER_IDS.forEach((id, i) => {
        const title = titles[i]!;
        expect(all, title).toContain(title);
        // The page that starts the chapter's block also carries its map's labels: the map is drawn whole beside its text.
        const home = pages.find((p) => p.includes(`CHAPTER ${i + 1} OF 10`) || p.includes(`Chapter ${i + 1} of 10`));
        expect(home, `${id}: page of chapter ${i + 1}`).toBeDefined();
        const drawn = labels[id]!.filter((label) => home!.includes(label));
        expect(drawn.length, `${id}: labels ${labels[id]} on its page`).toBeGreaterThan(0);
      });
      expect(all).toContain('Timeline');
      expect(all).toContain('Questions for discussion');
      expect(all).toContain('OpenStreetMap');
    }, 120_000);
  }

  test('nothing from another origin and no script errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('printing the story (/)', () => {
  test('gives the chapters with their static maps and hides the live map, even after it has loaded', async () => {
    const context = await browser().newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(base);
    await readerStarts(page);
    await waitForStage(page, 'ready', 90_000);
    // What the browser does when the reader prints: 'beforeprint' (which emulateMedia does not fire;
    // the story then draws every static map still waiting for an idle moment), then the print styles.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => ({
      stage: getComputedStyle(document.querySelector('.stage-column')!).display,
      canvasShown: [...document.querySelectorAll('canvas')].some((c) => c.getBoundingClientRect().width > 0),
      maps: [...document.querySelectorAll<SVGElement>('.chapter-map svg')].map((svg) => {
        const r = svg.getBoundingClientRect();
        return `${svg.getAttribute('data-static-map')}:${r.width > 100 && r.height > 100 && getComputedStyle(svg).visibility === 'visible'}`;
      }),
      textColumn: document.querySelector('.chapters')!.getBoundingClientRect().width / document.documentElement.clientWidth,
    }));
    expect(look.stage).toBe('none');
    expect(look.canvasShown).toBe(false);
    expect(look.maps).toEqual(CHAPTER_IDS.map((id) => `${id}:true`));
    // One column across the page, not the screen's narrow text column beside a hidden map.
    expect(look.textColumn).toBeGreaterThan(0.6);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    const all = pages.join(' ');
    const titles = await page.$$eval('section[data-chapter] > .card > h2', (hs) => hs.map((h) => h.lastChild!.textContent!.replace(/\s+/g, ' ').trim()));
    for (const title of titles) expect(all, title).toContain(title);
    await context.close();
  }, 180_000);
});
