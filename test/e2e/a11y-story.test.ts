/**
 * The story for people who do not use a mouse or cannot see the map:
 * axe-core finds nothing, the keyboard reaches every chapter without
 * scrolling, the live region says what the map shows, and a bad URL gets
 * a helpful page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, PHONE, readerStarts, useBrowser, waitForChapterOnMap, waitForStage } from './browser';
import { axeViolations } from './axe';

const base = inject('baseUrl');
const browser = useBrowser();

const active = (page: Page) => page.$eval('section[data-active]', (s) => s.id);

describe('accessibility of the story', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext(DESKTOP);
    page = await context.newPage();
    await page.goto(base);
    await readerStarts(page);
    await waitForStage(page, 'ready');
  });
  afterAll(async () => {
    await context?.close();
  });

  test('axe-core reports no violations (light scheme)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the keyboard alone walks the story: skip link, then J and K chapter by chapter', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the story');
    await page.keyboard.press('Enter');
    for (const id of ['rafah', 'ceasefire', 'the-200']) {
      await page.keyboard.press('j');
      await page.waitForFunction((chapter) => document.querySelector('section[data-active]')?.id === chapter, id);
      // Focus follows to the chapter's heading, so a screen reader reads on from there.
      expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(id);
    }
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.querySelector('section[data-active]')?.id === 'ceasefire');
    await waitForChapterOnMap(page, 'ceasefire');
  });

  test('the on-screen buttons step through chapters too, and say where the reader is', async () => {
    await page.click('[data-chapter-nav] button[data-step="1"]');
    await page.waitForFunction(() => document.querySelector('section[data-active]')?.id === 'the-200');
    expect(await page.textContent('[data-chapter-position]')).toBe('4 / 10');
    expect(await active(page)).toBe('the-200');
  });

  test('the live region says what the map shows when the chapter changes', async () => {
    await page.click('[data-chapter-nav] button[data-step="1"]');
    await page.waitForFunction(() => document.querySelector('section[data-active]')?.id === 'the-deal');
    const said = await page.textContent('[data-map-live]');
    expect(said).toMatch(/^Chapter 5 of 10, .+\. The map frames /);
    expect(said).toContain(await page.textContent('#the-deal [data-map-description]'));
    expect(await page.getAttribute('[data-map-live]', 'aria-live')).toBe('polite');
  });

  test('the map canvas is out of the tab order and hidden from screen readers until the reader explores it', async () => {
    const canvas = () => page.$eval('.maplibregl-canvas', (c) => ({ tabindex: c.getAttribute('tabindex'), hidden: c.getAttribute('aria-hidden') }));
    expect(await canvas()).toEqual({ tabindex: null, hidden: 'true' });
    // The only stop inside the stage is the button that offers to explore it.
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.closest('[data-map-stage]') && !el.closest('.maplibregl-ctrl-attrib'))
        .map((el) => el.textContent),
    );
    expect(stops).toEqual(['Explore the map']);

    const chapter = await page.$eval('[data-map-stage]', (s) => (s as HTMLElement).dataset.chapter);
    const before = await page.$eval('[data-map-stage]', (s) => (s as HTMLElement).dataset.center);
    await page.click('[data-map-explore]');
    expect(await canvas()).toEqual({ tabindex: '0', hidden: null });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    // The keyboard pans the map while exploring.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((c) => {
      const s = document.querySelector<HTMLElement>('[data-map-stage]')!;
      return s.dataset.camera === 'idle' && s.dataset.center !== c;
    }, before);
    // Escape goes back to the story: the canvas leaves the tab order and the map returns to the chapter.
    await page.keyboard.press('Escape');
    expect(await canvas()).toEqual({ tabindex: null, hidden: 'true' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Explore the map');
    await waitForChapterOnMap(page, chapter!);
  });

  test('the table of contents jumps to a chapter', async () => {
    await page.click('.toc summary'); // the chapters list is one tap away
    await page.click('.toc a[href="#abraham-accords"]');
    await page.waitForFunction(() => document.querySelector('section[data-active]')?.id === 'abraham-accords');
  });
});

describe('in a dark colour scheme, zoomed text and a narrow screen', () => {
  test('axe-core reports no violations in dark mode on a phone', async () => {
    const context = await browser().newContext({ ...PHONE, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(base);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('at 320 CSS px with text at 200% nothing overflows sideways', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('a bad URL', () => {
  test('gets a helpful 404 page with a way back', async () => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    const response = await page.goto(`${base}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('This page does not exist');
    expect(await page.$$eval('main a[href*="#"]', (links) => links.length)).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('headers for hosts that can set them', () => {
  test('the story may not be framed; embeds may', async () => {
    const story = await fetch(base);
    expect(story.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(story.headers.get('x-frame-options')).toBe('DENY');
    const embed = await fetch(`${base}embed/`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });
});

describe('every route', () => {
  const routes = [
    '', 'present/', 'present/notes/', 'handout/', 'data/', 'embed/', 'embed/rafah/', 'embed/abraham-accords/', 'no-such-page/',
  ];
  test('axe-core finds no violations, the CSP refuses nothing, and a hostile query string changes nothing', async () => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    for (const route of routes) {
      await page.goto(`${base}${route}?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&childId=%22%3E%3Cimg%20src%3Dx%3E`);
      expect(await page.$('img[src="x"]'), route).toBeNull();
      expect(await page.content(), route).not.toContain('<script>alert(1)</script>');
      expect(await axeViolations(page), route || '/').toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
