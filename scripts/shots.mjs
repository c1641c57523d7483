#!/usr/bin/env node
/**
 * `npm run shots`: a contact sheet for reviewing the maps (issue 14, item 9).
 * Serves the built site (dist/) on 127.0.0.1, opens it in Debian Chromium
 * (playwright-core, WebGL on SwiftShader, see scripts/chromium.mjs) and
 * writes, for every chapter, at a phone size (390×844) and a desktop size
 * (1280×800):
 *
 * - the live map: the story at `/#<chapter-id>` after the reader's first
 *   move, once the stage is `ready`, shows that chapter and its camera is
 *   `idle` (a screenshot of the viewport, text cards included, as read);
 * - the static map: `svg[data-static-map="<id>"]` in that chapter's section
 *   of the story as a reader without JavaScript gets it (the <noscript> maps
 *   are plain SVG then), drawn as a square as wide as the phone, and as tall
 *   as the desktop window;
 *
 * plus each slide (`/present/#<chapter-id>`, live map ready) at 1280×800,
 * and an `index.html` that shows them side by side, all at one scale.
 *
 *   npm run shots                      into shots/ (git-ignored), from the dist/ that is there
 *   npm run shots -- --out DIR         somewhere else
 *   npm run shots -- --build           run `npm run build` first
 *   npm run shots -- --only rafah,the-200   some chapters only
 *
 * The live maps are taken with prefers-reduced-motion (the director jumps
 * instead of flying: the same final view, without waiting for flights), and
 * every page is opened once beforehand so that its fonts come from the cache
 * (see warmFonts). dist/ is copied to a temporary folder and served from
 * there, so a build that starts meanwhile does not change the site mid-run;
 * the base path it was built with (BASE_PATH) is read from its pages.
 * About a minute on two cores. Exits non-zero, saying why, when there is no
 * build, no browser, or a map that never becomes ready (naming the chapter).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);

const USAGE = `Usage: npm run shots -- [--out DIR] [--build] [--only id,id]
  --out DIR    where to write the screenshots and index.html (default: shots/)
  --build      run "npm run build" first (otherwise the dist/ that is there is used)
  --only IDS   only these chapters (comma-separated ids)`;

/** The value after `--name`, or `fallback`. */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value.\n${USAGE}`);
  return value;
};

function fail(message) {
  console.error(`shots: ${message}`);
  process.exit(1);
}

if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const known = new Set(['--out', '--build', '--only']);
for (const [i, a] of args.entries()) {
  if (a.startsWith('--') && !known.has(a)) fail(`unknown option ${a}.\n${USAGE}`);
  if (!a.startsWith('--') && !['--out', '--only'].includes(args[i - 1] ?? '')) fail(`unexpected argument ${a}.\n${USAGE}`);
}

// --out is relative to where npm was run from (npm runs scripts in the project root).
const OUT = resolve(process.env.INIT_CWD ?? process.cwd(), option('out', join(ROOT, 'shots')));

/** Debian Chromium, with GPU compositing on SwiftShader as in scripts/bench-transitions.mjs: without it every WebGL frame is read back on the main thread, which makes a screenshot slow. */
const ARGS = [
  ...CHROMIUM_ARGS,
  '--use-gl=angle', '--use-angle=swiftshader', '--ignore-gpu-blocklist', '--enable-gpu-rasterization', '--enable-gpu-compositing',
  '--hide-scrollbars',
];

const SIZES = {
  phone: { label: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { label: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};

/** How long the map may take to become ready (the stage itself gives up after 20 s). */
const READY_TIMEOUT = 45_000;
/** How long a chapter's camera may take to come to rest once the map is ready. */
const CHAPTER_TIMEOUT = 20_000;

/** The chapters in story order, read from the built story (its `#chapters-data`). */
function readChapters(html) {
  const json = html.match(/<script type="application\/json" id="chapters-data">([\s\S]*?)<\/script>/)?.[1];
  if (!json) fail('dist/index.html has no #chapters-data: is dist/ a build of this story? Run "npm run build" (or "npm run shots -- --build").');
  return JSON.parse(json).map((c) => ({ id: c.id, title: c.title ?? c.id }));
}

/** The path the site was built to be served under (BASE_PATH): where the story's own assets are, `<base>_astro/…`. */
function builtBase(html) {
  const base = html.match(/["'](\/(?:[A-Za-z0-9._~-]+\/)*)_astro\//)?.[1];
  return base ?? '/';
}

const size = (s) => `${s.viewport.width}×${s.viewport.height}`;
const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Log one written file. */
function wrote(file, what) {
  console.log(`  ${relative(OUT, file).padEnd(40)} ${what}`);
}

/** The stage's public state (DESIGN.md): data-state, data-chapter, data-camera and, in fallback, why. */
const stageState = (page) =>
  page.evaluate(() => {
    const s = document.querySelector('[data-map-stage]');
    if (!s) return { state: 'no [data-map-stage]' };
    return {
      state: s.dataset.state, chapter: s.dataset.chapter, camera: s.dataset.camera,
      status: s.querySelector('[data-map-status]')?.textContent?.trim() || undefined,
    };
  });

class MapNotReady extends Error {}

/** Wait until the stage is ready, shows `id` and its camera is at rest; fail fast on `fallback`. */
async function waitForChapter(page, id, where, timeout) {
  try {
    await page.waitForFunction(
      (chapter) => {
        const s = document.querySelector('[data-map-stage]');
        if (s?.dataset.state === 'fallback') return true;
        return s?.dataset.state === 'ready' && s.dataset.chapter === chapter && s.dataset.camera === 'idle';
      },
      id,
      { timeout, polling: 100 },
    );
  } catch (error) {
    if (!String(error).includes('Timeout')) throw error;
  }
  const s = await stageState(page);
  if (s.state === 'ready' && s.chapter === id && s.camera === 'idle') return;
  throw new MapNotReady(
    `the live map never became ready for chapter "${id}" (${where}): ` +
      ['state', 'chapter', 'camera'].map((k) => `data-${k}=${s[k] === undefined ? '(none)' : `"${s[k]}"`}`).join(', ') +
      (s.status ? `; the page says: ${s.status}` : ''),
  );
}

/**
 * A screenshot once the picture has settled: the camera is at rest when
 * the stage says so, but tiles, labels (their 300 ms fade) and fonts follow
 * a few frames later. Two equal screenshots in a row count as settled.
 */
async function settledScreenshot(page, file) {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.waitForTimeout(350);
  let last = await page.screenshot();
  for (let i = 0; i < 8; i++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot();
    if (next.equals(last)) break;
    last = next;
  }
  writeFileSync(file, last);
}

/** New page in `context` that records the page's errors (printed as warnings, they do not fail the run). */
async function newPage(context, warnings, where) {
  const page = await context.newPage();
  page.on('pageerror', (e) => warnings.push(`${where}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver Message')) warnings.push(`${where}: console: ${m.text()}`);
  });
  return page;
}

/**
 * Load `url` once so that its web fonts are in the context's cache, then
 * leave it. The site's fonts are `font-display: optional`: a font that
 * arrives late (a busy machine) is not used for that page's lifetime, and
 * the screenshots would show the fallback font. From the cache it is there
 * at once, as for a returning reader.
 */
async function warmFonts(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => Promise.all([...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => f.loaded.catch(() => undefined)))));
  await page.goto('about:blank');
}

/** Go to chapter `id` on a page already open: the page's own hash handling (a deep link's jump). */
async function goToHash(page, id) {
  await page.evaluate((chapter) => {
    if (location.hash !== `#${chapter}`) location.hash = chapter;
  }, id);
}

/**
 * The live map of every chapter at one size, in one page: open `/#<first>`,
 * make the first move, then each chapter by its hash, as a deep link does.
 */
async function liveShots(browser, origin, chapters, sizeKey, warnings) {
  const s = SIZES[sizeKey];
  const context = await browser.newContext({ ...s, reducedMotion: 'reduce' });
  const page = await newPage(context, warnings, `story, ${s.label}`);
  const files = {};
  try {
    await warmFonts(page, `${origin}/`); // without a hash: no deep link's scroll, so the map does not start
    await page.goto(`${origin}/#${chapters[0].id}`, { waitUntil: 'load' });
    await page.keyboard.press('Shift'); // the reader's first move starts the map
    await waitForChapter(page, chapters[0].id, `story at ${s.label} ${size(s)}`, READY_TIMEOUT);
    for (const { id } of chapters) {
      await goToHash(page, id);
      await waitForChapter(page, id, `story at ${s.label} ${size(s)}`, CHAPTER_TIMEOUT);
      const file = join(OUT, `live-${sizeKey}-${id}.png`);
      await settledScreenshot(page, file);
      files[id] = file;
      wrote(file, `live map, ${id}, ${s.label} ${size(s)}`);
    }
  } finally {
    await context.close();
  }
  return files;
}

/**
 * The static maps at one size: the story without JavaScript, where each
 * chapter's <noscript> map is plain SVG in its section; each drawn as a
 * square of `side` px (the maps are square) and shot as an element.
 */
async function staticShots(browser, origin, chapters, sizeKey, warnings) {
  const s = SIZES[sizeKey];
  const side = Math.min(s.viewport.width, s.viewport.height);
  // A viewport wide enough that the enlarged map is not cut by the window's edge.
  const context = await browser.newContext({
    ...s, viewport: { width: Math.max(s.viewport.width, side + 120), height: s.viewport.height },
    javaScriptEnabled: false, bypassCSP: true,
  });
  const page = await newPage(context, warnings, `static maps, ${s.label}`);
  const files = {};
  try {
    await warmFonts(page, `${origin}/`);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // Not page.addStyleTag: it waits for the style's load event, which never comes without JavaScript.
    await page.evaluate((css) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    }, `.chapter svg[data-static-map] { width: ${side}px !important; height: ${side}px !important; max-width: none !important; border: 0 !important; }`);
    // Lay the page out with the new sizes so the maps' fonts are asked for, then wait for them.
    await page.evaluate(() => {
      document.body.getBoundingClientRect();
      return document.fonts.ready;
    });
    for (const { id } of chapters) {
      const svg = page.locator(`section[data-chapter="${id}"] svg[data-static-map="${id}"]`);
      if ((await svg.count()) !== 1) throw new Error(`the story has no static map for chapter "${id}" (svg[data-static-map="${id}"] in its section)`);
      const file = join(OUT, `static-${sizeKey}-${id}.png`);
      // The map's own box, rounded to whole pixels (it may sit at a fractional offset in the text).
      await svg.scrollIntoViewIfNeeded();
      const box = await svg.boundingBox();
      if (!box) throw new Error(`the story's static map for chapter "${id}" is not displayed`);
      await page.screenshot({ path: file, clip: { x: Math.round(box.x), y: Math.round(box.y), width: side, height: side } });
      files[id] = file;
      wrote(file, `static map, ${id}, ${side}×${side} (for ${s.label} ${size(s)})`);
    }
  } finally {
    await context.close();
  }
  return { files, side };
}

/** Every slide at 1280×800 with its live map. */
async function slideShots(browser, origin, chapters, warnings) {
  const s = SIZES.desktop;
  const context = await browser.newContext({ ...s, reducedMotion: 'reduce' });
  const page = await newPage(context, warnings, 'slides');
  const files = {};
  try {
    await warmFonts(page, `${origin}/present/`);
    await page.goto(`${origin}/present/#${chapters[0].id}`, { waitUntil: 'load' });
    await page.keyboard.press('Shift'); // the presenter's first move starts the map (Shift changes no slide)
    await waitForChapter(page, chapters[0].id, `slides at ${size(s)}`, READY_TIMEOUT);
    for (const { id } of chapters) {
      await goToHash(page, id);
      await waitForChapter(page, id, `slides at ${size(s)}`, CHAPTER_TIMEOUT);
      const file = join(OUT, `slide-${id}.png`);
      await settledScreenshot(page, file);
      files[id] = file;
      wrote(file, `slide, ${id}, ${size(s)}`);
    }
  } finally {
    await context.close();
  }
  return files;
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The contact sheet: per chapter live and static, phone and desktop, then the slides, all at one scale. */
function contactSheet({ chapters, live, statics, slides, seconds }) {
  const SCALE = 0.42;
  const img = (file, w, h, caption) => {
    if (!file) return `<figure class="missing"><figcaption>${escapeHtml(caption)}: not taken</figcaption></figure>`;
    const src = escapeHtml(relative(OUT, file));
    return `<figure><a href="${src}"><img src="${src}" width="${Math.round(w * SCALE)}" height="${Math.round(h * SCALE)}" alt="${escapeHtml(caption)}" loading="lazy"></a><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  };
  const P = SIZES.phone.viewport;
  const D = SIZES.desktop.viewport;
  const rows = chapters.map(({ id, title }, i) => `
  <section id="${escapeHtml(id)}">
    <h2><span>${i + 1}</span> ${escapeHtml(title)} <code>#${escapeHtml(id)}</code></h2>
    <div class="row">
      ${img(live.phone?.[id], P.width, P.height, `Live, phone ${P.width}×${P.height}`)}
      ${img(statics.phone?.files[id], statics.phone?.side, statics.phone?.side, `Static, phone (SVG at ${statics.phone?.side} px)`)}
      ${img(live.desktop?.[id], D.width, D.height, `Live, desktop ${D.width}×${D.height}`)}
      ${img(statics.desktop?.files[id], statics.desktop?.side, statics.desktop?.side, `Static, desktop (SVG at ${statics.desktop?.side} px)`)}
    </div>
  </section>`).join('\n');
  const slideRow = chapters.map(({ id, title }, i) => img(slides[id], D.width, D.height, `Slide ${i + 1}: ${title}`)).join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Map contact sheet</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; background: #f6f6f4; }
  h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
  .meta { color: #57606a; margin: 0 0 1.5rem; }
  nav a { margin-right: 0.75rem; }
  section { border-top: 1px solid #d0d7de; padding: 1rem 0; }
  h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  h2 span { display: inline-block; min-width: 1.5rem; color: #c2410c; }
  h2 code { font-size: 0.85rem; color: #57606a; font-weight: normal; }
  .row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  figure { margin: 0; }
  img { display: block; border: 1px solid #8a8378; background: #fff; }
  figcaption { font-size: 0.85rem; color: #57606a; margin-top: 0.25rem; }
  .missing { padding: 1rem; border: 1px dashed #c2410c; }
</style>
</head>
<body>
<h1>Map contact sheet</h1>
<p class="meta">Every chapter's live map (the story at <code>/#&lt;chapter&gt;</code>, map ready, camera at rest) beside its static map
(<code>svg[data-static-map]</code> from the story without JavaScript), at a phone and a desktop size, then the slides.
Live maps with reduced motion (the view a flight ends on). All pictures at ${Math.round(SCALE * 100)}% of their pixels; click one for full size. Taken ${escapeHtml(new Date().toISOString())} from dist/ in ${seconds.toFixed(0)} s.</p>
<nav>${chapters.map(({ id }, i) => `<a href="#${escapeHtml(id)}">${i + 1}. ${escapeHtml(id)}</a>`).join(' ')} <a href="#slides">Slides</a></nav>
${rows}
  <section id="slides">
    <h2>Slides <code>/present/#&lt;chapter&gt;</code>, ${D.width}×${D.height}</h2>
    <div class="row">
      ${slideRow}
    </div>
  </section>
</body>
</html>
`;
}

async function main() {
  const t0 = Date.now();
  if (args.includes('--build')) {
    console.log('shots: npm run build');
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    } catch {
      fail('"npm run build" failed (see above).');
    }
  }
  if (!existsSync(join(DIST, 'index.html'))) fail(`no built site in ${relative(process.cwd(), DIST) || DIST}/: run "npm run build" first (or "npm run shots -- --build").`);
  if (!existsSync(CHROMIUM_PATH)) fail(`no browser at ${CHROMIUM_PATH}: install Debian's Chromium ("apt-get install -y chromium") or set CHROMIUM_PATH.`);

  // A copy of dist/ to serve: a build that starts meanwhile (tests, another
  // terminal) rewrites dist/ in place and would change the site mid-run.
  const snapshot = mkdtempSync(join(tmpdir(), 'shots-dist-'));
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  const storyFile = join(snapshot, 'index.html');
  try {
    cpSync(DIST, snapshot, { recursive: true });
  } catch (error) {
    fail(`could not copy dist/ (${error.code ?? error.message}): is a build running? Try again when it has finished.`);
  }
  if (!existsSync(storyFile)) fail('dist/ changed while it was being copied (a build running?): try again when it has finished.');
  const story = readFileSync(storyFile, 'utf8');
  const base = builtBase(story);

  let chapters = readChapters(story);
  const only = option('only', undefined);
  if (only) {
    const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = wanted.filter((id) => !chapters.some((c) => c.id === id));
    if (unknown.length) fail(`unknown chapter id(s): ${unknown.join(', ')}. Chapters: ${chapters.map((c) => c.id).join(', ')}`);
    chapters = chapters.filter((c) => wanted.includes(c.id));
  }

  mkdirSync(OUT, { recursive: true });
  const server = await startServer({ root: snapshot, host: '127.0.0.1', port: 0, base });
  // The site's address without its trailing slash: `${origin}/#id`, `${origin}/present/`.
  const origin = `http://127.0.0.1:${server.address().port}${base.replace(/\/$/, '')}`;
  let browser;
  try {
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    } catch (error) {
      throw new Error(`could not start the browser at ${CHROMIUM_PATH}: ${String(error.message ?? error).split('\n')[0]}`);
    }
    console.log(`shots: ${chapters.length} chapter${chapters.length === 1 ? '' : 's'} from ${origin}/ into ${OUT}`);
    const warnings = [];
    // The static maps (no WebGL, quick) alongside the live ones, which keep both cores busy.
    const staticsRun = Promise.all([
      staticShots(browser, origin, chapters, 'phone', warnings),
      staticShots(browser, origin, chapters, 'desktop', warnings),
    ]);
    staticsRun.catch(() => undefined); // awaited below; not an unhandled rejection if a live map fails first
    const live = {};
    live.phone = await liveShots(browser, origin, chapters, 'phone', warnings);
    live.desktop = await liveShots(browser, origin, chapters, 'desktop', warnings);
    const slides = await slideShots(browser, origin, chapters, warnings);
    const [phoneStatic, desktopStatic] = await staticsRun;
    const statics = { phone: phoneStatic, desktop: desktopStatic };
    const seconds = (Date.now() - t0) / 1000;
    const index = join(OUT, 'index.html');
    writeFileSync(index, contactSheet({ chapters, live, statics, slides, seconds }));
    wrote(index, 'the contact sheet');
    for (const w of [...new Set(warnings)]) console.warn(`shots: warning: ${w}`);
    console.log(`shots: done in ${elapsed(t0)}: ${OUT}`);
  } catch (error) {
    // The message alone when it says what went wrong; the stack for the unexpected.
    const known = error instanceof MapNotReady || String(error?.message).startsWith('could not start') || String(error?.message).startsWith('the story has no');
    console.error(`shots: ${known ? error.message : (error?.stack ?? String(error))}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
  }
}

await main();
