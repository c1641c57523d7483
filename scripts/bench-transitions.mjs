/**
 * Cheap transitions (issue 8): on a desktop CPU, with the map loaded,
 * scrolling from chapter to chapter must cause no long task (> 50 ms) on the
 * page's main thread. Opens `/` in Debian Chromium (playwright-core, no
 * throttling, WebGL on SwiftShader), starts the map as a reader would, then
 * scrolls to each chapter in turn and waits for the map to settle, recording
 * the browser's `longtask` entries. Part of `npm run bench`: it prints
 * figures, it asserts nothing.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// GPU compositing (on SwiftShader), as on a desktop with a graphics card.
// Without it Chrome composites in software and reads every WebGL frame back
// to the CPU in the main thread's commit (a 50-600 ms ReadPixels here), which
// is this machine's artefact, not the page's.
const ARGS = [
  ...CHROMIUM_ARGS,
  '--use-gl=angle', '--use-angle=swiftshader', '--ignore-gpu-blocklist', '--enable-gpu-rasterization', '--enable-gpu-compositing',
];

/** For each chapter after the first: the long tasks while the map moved to it, and the longest (ms). */
export async function measureTransitions(origin, executablePath = CHROMIUM_PATH) {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/`);
    await page.keyboard.press('Shift'); // the reader's first move starts the map
    await page.waitForSelector('[data-map-stage][data-state="ready"]', { timeout: 60_000 });
    const ids = await page.evaluate(() => JSON.parse(document.getElementById('chapters-data').textContent).map((c) => c.id));
    await page.waitForTimeout(1500); // let the first view settle: its tasks are the map's start, not a transition
    const rows = [];
    for (const id of ids.slice(1)) {
      const from = await page.evaluate(() => performance.now());
      await page.evaluate((chapter) => {
        const el = document.getElementById(chapter);
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      }, id);
      await page.waitForFunction((chapter) => {
        const s = document.querySelector('[data-map-stage]');
        return s?.dataset.chapter === chapter && s.dataset.camera === 'idle';
      }, id, { timeout: 30_000 });
      await page.waitForTimeout(700); // the layers' 600 ms fade
      const tasks = await page.evaluate((t) => /** @type {any} */ (window).__longTasks.filter((e) => e.start >= t), from);
      rows.push({ id, count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
