/**
 * The story, the slides, the fallback, an embed and accessibility in Firefox
 * and in WebKit (issue 17): the engines most readers use besides Chromium
 * (WebKit is Safari's, on every iPhone). Focused on what differs between
 * engines — WebGL and the live map, keys, two windows and their channel,
 * frames and their messages, label placement — not a copy of the Chromium
 * suite (test/e2e/), which covers the rest.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import { startEmbedHost } from '../e2e/embed-host';
import { ENGINES, launchEngine, type Engine, type EnginePage } from './engines';

const base = inject('baseUrl');
const display = inject('display');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// WebGL on the CPU (llvmpipe under Xvfb) of a shared two-core machine.
const LOAD_MS = 90_000;
const SLOW_TEST_MS = 240_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The map stage's state, or undefined before it exists. */
const stageState = () => document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.state;

/** Wait until the stage reports `state`. */
async function waitForStage(page: EnginePage, state: string, timeout = LOAD_MS) {
  try {
    await page.waitFor(`the map stage to be "${state}"`, (s) => document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.state === s, [state], timeout);
  } catch (error) {
    const now = await page.evaluate(() => [document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.state, document.querySelector('[data-map-status]')?.textContent].join(': ')).catch(() => '?');
    throw new Error(`${(error as Error).message}; it is "${now}"`);
  }
}

/** Wait until the map shows `chapter` and its camera has come to rest. */
const waitForChapterOnMap = (page: EnginePage, chapter: string, timeout = 30_000) =>
  page.waitFor(`the map to rest on ${chapter}`, (id) => {
    const s = document.querySelector<HTMLElement>('[data-map-stage]');
    return s?.dataset.chapter === id && s.dataset.camera === 'idle';
  }, [chapter], timeout);

/**
 * Wait until the live map, resting on `chapter`, has placed every label of
 * `expected` (the stage's data-labels; see test/e2e/map-labels.test.ts), and
 * return what it placed. The labels are read at each idle of the map, and
 * WebKit places a chapter's own labels an idle later than its seas (about a
 * second on this machine), so this waits for them rather than a fixed time.
 */
async function expectLabels(page: EnginePage, chapter: string, expected: string[]): Promise<string[]> {
  const read = () => page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('[data-map-stage]');
    return { chapter: s?.dataset.chapter, camera: s?.dataset.camera, labels: JSON.parse(s?.dataset.labels ?? '[]') as string[] };
  });
  const deadline = Date.now() + 30_000;
  let now = await read();
  while (Date.now() < deadline) {
    if (now.chapter === chapter && now.camera === 'idle' && expected.every((l) => now.labels.includes(l))) return now.labels;
    await new Promise((ok) => setTimeout(ok, 250));
    now = await read();
  }
  expect(now.labels, `${chapter}: ${JSON.stringify(now)}`).toEqual(expect.arrayContaining(expected));
  return now.labels;
}

/** The slide shown, as its chapter id. */
const activeSlide = () => document.querySelector('section[data-chapter][data-active]')?.id;

describe.each(ENGINES)('in %s', (name) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await launchEngine(name, { display });
  });
  afterEach(async () => {
    await engine?.reset();
  });
  afterAll(async () => {
    await engine?.close();
  });

  test('the story reaches "ready" after the reader’s first move, and the map follows every chapter; axe-core finds nothing', async () => {
    const page = await engine.newPage(DESKTOP);
    await page.goto(base);
    // The map waits for the reader: the poster until the first move.
    expect(await page.evaluate(stageState)).toBe('poster');
    await page.press('Shift');
    await waitForStage(page, 'ready');
    for (const id of CHAPTER_IDS) {
      await page.evaluate((chapterId) => {
        const el = document.getElementById(chapterId)!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      }, id);
      await waitForChapterOnMap(page, id);
      expect(await page.evaluate(() => document.querySelector('section[data-active]')?.id)).toBe(id);
    }
    expect(await page.evaluate(stageState)).toBe('ready');

    // axe-core, evaluated by the driver (the page's Content Security Policy refuses injected scripts).
    await page.inject(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  }, SLOW_TEST_MS);

  test('the slides move with the keys, the map following, and the presenter’s window follows them', async () => {
    const slides = await engine.newPage(DESKTOP);
    await slides.goto(`${base}present/`);
    await slides.press('Shift');
    await waitForStage(slides, 'ready');
    await waitForChapterOnMap(slides, 'proposal');
    for (let i = 1; i < 3; i++) {
      await slides.press('ArrowRight');
      await waitForChapterOnMap(slides, CHAPTER_IDS[i]!);
      expect(await slides.evaluate(activeSlide)).toBe(CHAPTER_IDS[i]);
    }
    await slides.press('ArrowLeft');
    await waitForChapterOnMap(slides, CHAPTER_IDS[1]!);

    const notes = await slides.pressAndOpen('n');
    await notes.waitFor('the notes to connect', () => document.querySelector('[data-notes][data-connected]') !== null, []);
    const notesIndex = (index: number) =>
      notes.waitFor(`the notes at slide ${index + 1}`, (i) => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === String(i), [index]);
    await notesIndex(1);
    await slides.press('End');
    await notesIndex(CHAPTER_IDS.length - 1);
    await waitForChapterOnMap(slides, CHAPTER_IDS.at(-1)!);
    // And the other way: a key in the notes moves the slides.
    await notes.press('Home');
    await waitForChapterOnMap(slides, 'proposal');
    expect(await slides.evaluate(activeSlide)).toBe('proposal');
    await notes.close();
    await slides.close();
  }, SLOW_TEST_MS);

  test('at 1280×800 the force map names every member and capital, and the close-up names Rafah', async () => {
    const page = await engine.newPage(DESKTOP);
    await page.goto(`${base}present/#international-force`);
    await page.press('Shift');
    await waitForStage(page, 'ready');
    await expectLabels(page, 'international-force', ['Egypt', 'Qatar', 'Turkey', 'United Arab Emirates', 'Cairo', 'Doha', 'Ankara', 'Abu Dhabi']);
    await page.evaluate(() => { location.hash = '#rafah'; });
    await expectLabels(page, 'rafah', ['Rafah', 'Rafah Governorate', 'Rafah crossing']);
    await page.close();
  }, SLOW_TEST_MS);

  test('an embed sizes itself in a newsroom’s page through pym.js', async () => {
    const host = await startEmbedHost();
    const page = await engine.newPage(PHONE);
    try {
      await page.goto(`${host.host}/pym.html?src=${encodeURIComponent(`${base}embed/rafah/`)}`);
      let fit = { frame: 0, content: 0 };
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const frame = await page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
        const content = await page.evaluateInFrame(() => document.querySelector('[data-embed-content]')?.getBoundingClientRect().height ?? 0).catch(() => 0);
        fit = { frame, content };
        if (content > 100 && Math.abs(frame - content) <= 3) break;
        await new Promise((ok) => setTimeout(ok, 250));
      }
      expect(fit.content).toBeGreaterThan(100);
      expect(Math.abs(fit.frame - fit.content), JSON.stringify(fit)).toBeLessThanOrEqual(3);
      // pym's parent named the frame's child id in its URL, so the frame answered in pym's format.
      expect(await page.evaluate(() => new URL(document.querySelector('iframe')!.src).searchParams.get('childId'))).toBe('embed-container');
    } finally {
      await page.close();
      await host.stop();
    }
  }, SLOW_TEST_MS);

  test('without WebGL the stage falls back to the static maps, says why, and follows the chapters', async () => {
    const noGl = await launchEngine(name, { display, webgl: false });
    try {
      const page = await noGl.newPage(DESKTOP);
      await page.goto(base);
      await page.press('Shift');
      await waitForStage(page, 'fallback');
      expect(await page.evaluate(() => document.querySelector('[data-map-status]')?.textContent)).toMatch(/WebGL/);
      await page.evaluate(() => {
        const el = document.getElementById('the-deal')!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      });
      await page.waitFor('the stage to show the-deal', () => document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.chapter === 'the-deal', []);
      const poster = await page.evaluate(() => {
        const svg = document.querySelector('.map-posters svg');
        return { id: svg?.getAttribute('data-static-map'), height: svg?.getBoundingClientRect().height ?? 0 };
      });
      expect(poster.id).toBe('the-deal');
      expect(poster.height).toBeGreaterThan(300);
      await page.close();
    } finally {
      await noGl.close();
    }
  }, SLOW_TEST_MS);
});
