/**
 * Debian Chromium driven by playwright-core. WebGL runs on SwiftShader (no
 * --disable-gpu), so MapLibre really renders and tests can read pixels.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export function launch(options: LaunchOptions & { extraArgs?: string[] } = {}): Promise<Browser> {
  const { extraArgs = [], ...rest } = options;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], ...rest });
}

/**
 * One Chromium for a test file: launched before its tests, closed after.
 * Returns a getter (the browser exists only once `beforeAll` has run).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; call the getter inside a hook or test');
    return browser;
  };
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** Collect requests that leave the site's own origin (there must be none). */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Script errors, console errors and warnings (CSP violations among them). */
  errors: string[];
  /** Requests that left the site's origin (there must be none). */
  foreign: string[];
}

/** A new context and page at `base + path`, recording errors and foreign requests. */
export async function openPage(browser: Browser, base: string, options: BrowserContextOptions, path = ''): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // SwiftShader's note on the tests' own pixel reads is not the page's fault.
    if (m.text().includes('GL Driver Message')) return;
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  const foreign = watchForeignRequests(page, base.replace(/\/$/, ''));
  await page.goto(base + path);
  return { context, page, errors, foreign };
}

/**
 * The reader's first move on the story: the map loads only then (a key that
 * does nothing else, so the chapter does not change).
 */
export async function readerStarts(page: Page) {
  await page.keyboard.press('Shift');
}

/** Wait until the map stage reports a state. */
export async function waitForStage(page: Page, state: string, timeout = 30_000) {
  await page.waitForSelector(`[data-map-stage][data-state="${state}"]`, { timeout });
}

/** Wait until the map shows `chapter` and its camera has come to rest. */
export async function waitForChapterOnMap(page: Page, chapter: string, timeout = 20_000) {
  await page.waitForFunction(
    (id) => {
      const s = document.querySelector<HTMLElement>('[data-map-stage]');
      return s?.dataset.chapter === id && s.dataset.camera === 'idle';
    },
    chapter,
    { timeout },
  );
}

/** Scroll so that chapter `id` crosses the reading line (as a reader would). */
export async function scrollToChapter(page: Page, id: string) {
  await page.evaluate((chapterId) => {
    const el = document.getElementById(chapterId)!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'instant' });
  }, id);
}

/**
 * What the reader sees of the map: a screenshot of its canvas, decoded in
 * the page onto a 2-D canvas kept as `window.__mapSnapshot` for the test's
 * own pixel reads. A screenshot, not a read of the WebGL buffer, so the map
 * needs no preserveDrawingBuffer (a cost to every reader). Returns the
 * snapshot's pixels per CSS pixel.
 */
export async function snapshotMap(page: Page): Promise<number> {
  const canvas = page.locator('.maplibregl-canvas');
  const png = await canvas.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(img, 0, 0);
    (window as unknown as { __mapSnapshot: CanvasRenderingContext2D }).__mapSnapshot = ctx;
    return img.naturalWidth / document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.clientWidth;
  }, png.toString('base64'));
}

/** axe-core, run through the DevTools protocol (the pages' CSP refuses injected scripts). */
export { axeViolations } from './axe';
