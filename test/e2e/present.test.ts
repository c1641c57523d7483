/**
 * The slides (/present/) and the presenter's window (/present/notes/) in
 * Chromium with WebGL: every way of moving walks the ten slides with the map
 * following; the hash opens and keeps a slide; both windows stay in step in
 * both directions over their BroadcastChannel; the layout holds at 1024×768
 * and 1920×1080; axe-core finds nothing.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import type { MapChapter } from '../../src/map/shared/camera';
import { boundsContain } from '../../src/map/shared/camera';
import { axeViolations, readerStarts, useBrowser, waitForChapterOnMap, waitForStage, openPage } from './browser';

const base = inject('baseUrl');
const SMALL = { viewport: { width: 1024, height: 768 } };
const LARGE = { viewport: { width: 1920, height: 1080 } };
// WebGL runs on the CPU (SwiftShader) on a shared two-core machine: loads and walks are slow.
const LOAD_MS = 90_000;
const SLOW_TEST_MS = 180_000;
const browser = useBrowser();

const open = (options: BrowserContextOptions, path = 'present/') => openPage(browser(), base, options, path);

/** The slide shown: "<id>|<aria-current>|<visible>" for each slide marked active. */
const active = (page: Page) =>
  page.$$eval('section[data-chapter]', (els) =>
    els.filter((e) => e.hasAttribute('data-active')).map((e) => `${e.id}|${e.getAttribute('aria-current')}|${!(e as HTMLElement).hidden}`),
  );
const progress = (page: Page) => page.$eval('[data-progress-text]', (el) => el.textContent?.trim());
const hashOf = (page: Page) => new URL(page.url()).hash;

/** The slide `index` is shown, the URL names it, the progress counts it and the map has come to rest on it. */
async function expectSlide(page: Page, index: number, chapters?: MapChapter[]) {
  const id = CHAPTER_IDS[index]!;
  await waitForChapterOnMap(page, id);
  expect(await active(page)).toEqual([`${id}|step|true`]);
  expect(await progress(page)).toBe(`${index + 1} / ${CHAPTER_IDS.length}`);
  expect(hashOf(page)).toBe(index === 0 && !page.url().includes('#') ? '' : `#${id}`);
  if (chapters) {
    const center = await page.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.center!);
    const [lng, lat] = center.split(',').map(Number) as [number, number];
    const { camera } = chapters[index]!;
    if (camera.bounds) {
      const [w, s, e, n] = camera.bounds;
      expect(boundsContain(camera.bounds, [lng, lat], Math.max(e - w, n - s) * 0.6 + 0.05), `${id}: ${center}`).toBe(true);
    } else {
      expect(Math.abs(lng - camera.center![0]) + Math.abs(lat - camera.center![1]), `${id}: ${center}`).toBeLessThan(2);
    }
  }
}

/** For each slide, shown in turn: does its text fit its panel, clear of the toolbar? */
async function slidesFit(page: Page) {
  const fits = await page.$$eval('section[data-chapter]', (slides) => {
    const bar = document.querySelector('.slide-toolbar')!.getBoundingClientRect();
    return slides.map((s) => {
      const el = s as HTMLElement;
      const wasHidden = el.hidden;
      el.hidden = false;
      const panel = el.querySelector('.slide-panel')!;
      const r = panel.getBoundingClientRect();
      const fit = panel.scrollHeight <= panel.clientHeight + 1 && r.bottom <= bar.top && r.top >= 0;
      el.hidden = wasHidden;
      return `${el.id}:${fit}`;
    });
  });
  return fits;
}

describe('slides at 1024×768 (reduced motion: the map jumps)', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let foreign: string[];
  let chapters: MapChapter[];

  beforeAll(async () => {
    ({ context, page, errors, foreign } = await open({ ...SMALL, reducedMotion: 'reduce' }));
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    chapters = await page.evaluate(() => JSON.parse(document.getElementById('chapters-data')!.textContent!));
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await context?.close();
  });

  test('opens on the first slide with the map on it', async () => {
    expect(chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    await expectSlide(page, 0, chapters);
    expect(await page.$$eval('section[data-chapter]', (els) => els.filter((e) => !(e as HTMLElement).hidden).length)).toBe(1);
  });

  test('→, Space, PageDown and ↓ walk forward through all ten slides, the map following', async () => {
    const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (let i = 1; i < CHAPTER_IDS.length; i++) {
      await page.keyboard.press(keys[i % keys.length]!);
      await expectSlide(page, i, chapters);
    }
    // The last slide stays the last.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 9);
  }, SLOW_TEST_MS);

  test('←, PageUp and ↑ go back; Home and End jump to the ends', async () => {
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 8, chapters);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 7, chapters);
    await page.keyboard.press('ArrowUp');
    await expectSlide(page, 6, chapters);
    await page.keyboard.press('Home');
    await expectSlide(page, 0, chapters);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 0);
    await page.keyboard.press('End');
    await expectSlide(page, 9, chapters);
  }, SLOW_TEST_MS);

  test('a number then Enter jumps to that slide; a number that is no slide does nothing', async () => {
    await page.keyboard.press('5');
    expect(await page.$eval('[data-jump-buffer]', (el) => el.textContent)).toContain('5');
    await page.keyboard.press('Enter');
    await expectSlide(page, 4, chapters);
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await page.keyboard.press('Enter');
    await expectSlide(page, 9, chapters);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expectSlide(page, 1, chapters);
    await page.keyboard.press('0');
    await page.keyboard.press('Enter');
    await expectSlide(page, 1);
  }, SLOW_TEST_MS);

  test('the on-screen buttons move forward and back', async () => {
    await page.click('[data-slide-next]');
    await expectSlide(page, 2, chapters);
    await page.click('[data-slide-next]');
    await expectSlide(page, 3, chapters);
    await page.click('[data-slide-prev]');
    await expectSlide(page, 2, chapters);
    // Space on the focused button presses it once, not twice.
    await page.focus('[data-slide-next]');
    await page.keyboard.press('Space');
    await expectSlide(page, 3, chapters);
  }, SLOW_TEST_MS);

  test('every slide’s text fits its panel at 1024×768, clear of the toolbar', async () => {
    expect(await slidesFit(page)).toEqual(CHAPTER_IDS.map((id) => `${id}:true`));
  });

  test('and still fits when the web font has not come (a first visit on a slow network keeps the sized fallback face)', async () => {
    const context = await browser().newContext({ ...SMALL, reducedMotion: 'reduce' });
    await context.route('**/*.woff2', (route) => route.abort());
    const bare = await context.newPage();
    await bare.goto(`${base}present/`);
    await bare.waitForSelector('section[data-chapter][data-active]');
    // The web font's faces never loaded: the slides are set in the fallback faces.
    expect(await bare.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Source Sans')
      .map((f) => f.status).filter((status) => status === 'loaded'))).toEqual([]);
    expect(await slidesFit(bare)).toEqual(CHAPTER_IDS.map((id) => `${id}:true`));
    await context.close();
  });

  test('the toolbar’s row is kept before the toolbar is parsed, so the slide does not move when it comes', async () => {
    // The browser may paint while the parser is still in the slides; the
    // toolbar comes after them. Without it, the slide must sit where it will.
    for (const viewport of [SMALL.viewport, { width: 412, height: 823 }]) {
      const context = await browser().newContext({ viewport, reducedMotion: 'reduce' });
      const bare = await context.newPage();
      await bare.goto(`${base}present/`);
      const moved = await bare.evaluate(() => {
        const slide = document.querySelector('section[data-active]')!;
        const before = slide.getBoundingClientRect().bottom;
        document.querySelector('.slide-toolbar')!.remove();
        return slide.getBoundingClientRect().bottom - before;
      });
      expect(moved, `${viewport.width}×${viewport.height}`).toBe(0);
      await context.close();
    }
  });

  test('F toggles full screen', async () => {
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.getAttribute('[data-fullscreen]', 'aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    // fullscreenchange, which updates the button, may come a moment after the element is gone.
    await page.waitForSelector('[data-fullscreen][aria-pressed="false"]', { timeout: 5000 });
    expect(await page.getAttribute('[data-fullscreen]', 'aria-pressed')).toBe('false');
  });

  test('a swipe on a touch screen moves a slide', async () => {
    const before = (await active(page))[0]!.split('|')[0]!;
    const index = CHAPTER_IDS.indexOf(before as (typeof CHAPTER_IDS)[number]);
    const swipe = (from: number, to: number) =>
      page.evaluate(([x0, x1]) => {
        const target = document.querySelector('.map-stage')!;
        // What a finger sends: pointer events of type "touch".
        const at = (type: string, x: number) =>
          target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'touch', clientX: x, clientY: 300 }));
        at('pointerdown', x0!);
        at('pointerup', x1!);
      }, [from, to]);
    await swipe(800, 500);
    await expectSlide(page, index + 1);
    await swipe(500, 800);
    await expectSlide(page, index);
    await swipe(600, 590); // a tap is not a swipe
    await expectSlide(page, index);
  });

  test('axe-core finds no violations; nothing from another origin; no script errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the hash names the slide', () => {
  test('/present/#the-deal opens slide 5, a reload keeps the slide, an unknown or hostile hash is ignored', async () => {
    const { context, page, errors } = await open({ ...SMALL, reducedMotion: 'reduce' }, 'present/#the-deal');
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    await expectSlide(page, 4);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 5);
    await page.reload();
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    await expectSlide(page, 5);
    // Editing the hash moves the slides; a hash that names no slide does not.
    await page.evaluate(() => (location.hash = '#rafah'));
    await expectSlide(page, 1);
    await page.goto(`${base}present/#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.evaluate(() => (location.hash = '#nowhere'));
    await page.waitForTimeout(200);
    expect(await active(page)).toEqual(['rafah|step|true']);
    expect(await page.$('img[src="x"]')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW_TEST_MS);
});

describe('slides at 1920×1080 (full motion)', () => {
  test('the map flies to the next slide, and every slide’s text fits', async () => {
    const { context, page, errors } = await open(LARGE);
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    await waitForChapterOnMap(page, 'proposal');
    const flew = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const s = document.querySelector<HTMLElement>('[data-map-stage]')!;
          let frames = 0;
          let moving = false;
          const tick = () => {
            if (s.dataset.chapter === 'rafah') {
              moving ||= s.dataset.camera === 'moving';
              if (++frames > 10) return resolve(moving);
            }
            requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    await page.keyboard.press('ArrowRight');
    expect(await flew).toBe(true);
    await expectSlide(page, 1);
    const overflow = await page.$$eval('.slide-panel', (panels) =>
      panels.filter((p) => {
        const slide = p.closest('section') as HTMLElement;
        const wasHidden = slide.hidden;
        slide.hidden = false;
        const over = p.scrollHeight > p.clientHeight + 1;
        slide.hidden = wasHidden;
        return over;
      }).map((p) => p.closest('section')!.id),
    );
    expect(overflow).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW_TEST_MS);

  test('in high-contrast mode the panel, buttons and progress bar keep visible edges', async () => {
    const { context, page } = await open({ ...LARGE, forcedColors: 'active' });
    const look = await page.evaluate(() => {
      const css = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        panel: css('.slide[data-active] .slide-panel').borderTopStyle,
        button: css('[data-slide-next]').borderTopStyle,
        fill: css('[data-progress-fill]').backgroundColor,
        bar: css('.progress-bar').borderTopStyle,
      };
    });
    expect(look.panel).toBe('solid');
    expect(look.button).toBe('solid');
    expect(look.bar).toBe('solid');
    expect(look.fill).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await context.close();
  }, SLOW_TEST_MS);
});

describe('the presenter’s window', () => {
  let context: BrowserContext;
  let slides: Page;
  let notes: Page;
  let errors: string[];

  const notesIndex = (page: Page) => page.$eval('[data-notes]', (el) => Number((el as HTMLElement).dataset.index));
  const visibleNotes = (page: Page) =>
    page.$$eval('[data-notes-for]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('data-notes-for')));

  async function expectNotes(index: number) {
    const id = CHAPTER_IDS[index]!;
    await notes.waitForFunction((i) => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === String(i), index);
    expect(await visibleNotes(notes)).toEqual([id]);
    expect(await notes.$eval('[data-notes-progress]', (el) => el.textContent)).toBe(`${index + 1} / ${CHAPTER_IDS.length}`);
  }

  beforeAll(async () => {
    ({ context, page: slides, errors } = await open({ ...SMALL, reducedMotion: 'reduce' }));
    await readerStarts(slides);
    await waitForStage(slides, 'ready', LOAD_MS);
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await context?.close();
  });

  test('N opens it, and it shows the current slide’s notes, questions, the next title and a clock', async () => {
    await slides.keyboard.press('ArrowRight');
    await expectSlide(slides, 1);
    const popup = slides.waitForEvent('popup');
    await slides.keyboard.press('n');
    notes = await popup;
    notes.on('pageerror', (e) => errors.push(`notes: ${e.message}`));
    await notes.waitForLoadState();
    expect(new URL(notes.url()).pathname).toBe('/present/notes/');
    await notes.waitForSelector('[data-notes][data-connected]');
    await expectNotes(1);
    const shown = await notes.$eval('[data-notes-for="rafah"]', (el) => ({
      notes: el.querySelectorAll('p').length,
      questions: el.querySelectorAll('li').length,
      next: el.querySelector('.notes-next')?.textContent,
    }));
    expect(shown.notes).toBeGreaterThan(1);
    expect(shown.questions).toBeGreaterThan(0);
    const nextTitle = await slides.$eval('#ceasefire h2', (el) => el.textContent);
    expect(shown.next).toContain(nextTitle);
    await notes.waitForFunction(() => /^\d\d:\d\d$/.test(document.querySelector('[data-notes-clock]')!.textContent!));
  }, SLOW_TEST_MS);

  test('moving the slides moves the notes', async () => {
    await slides.keyboard.press('ArrowRight');
    await expectSlide(slides, 2);
    await expectNotes(2);
    await slides.keyboard.press('End');
    await expectNotes(9);
    expect(await notes.$eval('[data-notes-for="open-questions"] .notes-next', (el) => el.textContent)).toContain('last slide');
  }, SLOW_TEST_MS);

  test('moving the notes moves the slides (keys, buttons, a typed number)', async () => {
    await notes.keyboard.press('Home');
    await expectNotes(0);
    await expectSlide(slides, 0);
    await notes.keyboard.press('ArrowRight');
    await expectSlide(slides, 1);
    await notes.click('[data-slide-next]');
    await expectSlide(slides, 2);
    await expectNotes(2);
    await notes.click('[data-slide-prev]');
    await expectSlide(slides, 1);
    await notes.keyboard.press('7');
    await notes.keyboard.press('Enter');
    await expectSlide(slides, 6);
    await expectNotes(6);
  }, SLOW_TEST_MS);

  test('messages that are not a slide move are ignored', async () => {
    await notes.evaluate(() => {
      const channel = new BroadcastChannel('rafah-story-present');
      channel.postMessage({ type: 'goto', index: 99 });
      channel.postMessage({ type: 'goto', index: '2' });
      channel.postMessage({ type: 'goto', index: -1 });
      channel.postMessage('goto 2');
      channel.postMessage({ type: 'state', index: 0, startedAt: 'soon' });
      channel.close();
    });
    await slides.waitForTimeout(300);
    expect(await active(slides)).toEqual(['international-force|step|true']);
    expect(await notesIndex(notes)).toBe(6);
  });

  test('the button opens the same window again; axe-core finds no violations in it', async () => {
    await notes.close();
    const popup = slides.waitForEvent('popup');
    await slides.click('[data-open-notes]');
    notes = await popup;
    await notes.waitForSelector('[data-notes][data-connected]');
    await expectNotes(6);
    expect(await axeViolations(notes)).toEqual([]);
    expect(errors).toEqual([]);
  }, SLOW_TEST_MS);
});
