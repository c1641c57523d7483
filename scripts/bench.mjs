#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves dist/ with gzip on 127.0.0.1 and
 * runs Lighthouse (mobile defaults: simulated Slow 4G and a 4× slower CPU)
 * three times per route, then prints the median of each figure. The same run
 * measures a naive baseline (test/fixtures/bench/naive/): the same story text,
 * map, style and data, with MapLibre loaded eagerly and no poster; and a
 * floor: `/` cut after its header, the least LCP any page with its head gets.
 *
 *   npm run bench                 the routes the issue names (/, /present/, /embed/<chapter>/, /handout/) and the baseline
 *   npm run bench -- --all        every route in dist/ (one /embed/<chapter>/ stands for all of them, in each language; no share pages)
 *   npm run bench -- --runs 1     fewer runs (quick look; the table still says how many)
 *   npm run bench -- --no-build   measure the dist/ that is there
 *   npm run bench -- --no-transitions  skip the chapter-to-chapter long-task measure (scripts/bench-transitions.mjs)
 *   npm run bench -- --map        also `/#<second chapter>`: a deep link scrolls, so the map loads
 *                                 during the run (Lighthouse never scrolls: on `/` the map starts
 *                                 after its window closes), to measure what the map itself costs
 *
 * Not part of `npm test`: Lighthouse takes about 20 s a run on two cores.
 */
import { builtRoutes as routesIn } from './routes.mjs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import * as esbuild from 'esbuild';
import lighthouse from 'lighthouse';
import { measureTransitions } from './bench-transitions.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const NAIVE_SRC = join(ROOT, 'test/fixtures/bench/naive');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Every route in dist/ (scripts/routes.mjs). */
export const builtRoutes = (dist = DIST) => routesIn(dist);

/** The routes to measure: the four the issue names, or with --all every route (one embed chapter per language). */
function routesToMeasure(routes) {
  // The story's first chapter stands for every /embed/<chapter>/ (and /ar/embed/<chapter>/).
  const first = firstChapterId();
  const embedChapter = /^\/(?:ar\/)?embed\/[^/]+\/$/;
  const embeds = routes.filter((r) => embedChapter.test(r) && !r.startsWith('/ar/'));
  const firstEmbed = embeds.find((r) => r === `/embed/${first}/`) ?? embeds[0];
  const named = ['/', '/present/', firstEmbed ?? '/embed/<chapter>/', '/handout/'];
  // Share pages (/share/<chapter>/, /ar/share/<chapter>/) only send the reader on to the story:
  // nothing of their own to measure (Lighthouse would follow the refresh and measure the story at a chapter).
  const sharePage = /^\/(?:ar\/)?share\//;
  const wanted = args.includes('--all')
    ? [...new Set([...named, `/ar/embed/${first}/`, ...routes.filter((r) => !embedChapter.test(r) && !sharePage.test(r))])]
    : named;
  return wanted.filter((r) => {
    if (routes.includes(r)) return true;
    console.log(`${r}: route not built, skipped`);
    return false;
  });
}

/** Builds the naive baseline into a temporary directory served like dist/ (its data is dist's, via a link). */
async function buildNaive() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-naive-'));
  const story = readFileSync(join(DIST, 'index.html'), 'utf8');
  const header = story.match(/<header class="story-header">[\s\S]*?<\/header>/)?.[0] ?? '';
  // The chapters' text without their static maps and charts (no poster).
  const sections = [...story.matchAll(/<section\b[^>]*data-chapter[\s\S]*?<\/section>/g)]
    .map((m) => m[0].replace(/<svg\b[\s\S]*?<\/svg>/g, '').replace(/<figure\b[^>]*>\s*<\/figure>/g, ''));
  const data = story.match(/<script type="application\/json" id="chapters-data">[\s\S]*?<\/script>/)?.[0];
  if (!data || sections.length === 0) throw new Error('dist/index.html lacks the chapters the baseline needs.');
  const html = readFileSync(join(NAIVE_SRC, 'index.html'), 'utf8')
    .replace('<!-- STORY -->', header + sections.join('\n'))
    .replace('<!-- CHAPTERS -->', data);
  writeFileSync(join(dir, 'index.html'), html);
  await esbuild.build({
    entryPoints: { naive: join(NAIVE_SRC, 'entry.ts') },
    bundle: true, minify: true, format: 'iife', target: 'es2022',
    outdir: dir, logLevel: 'error',
  });
  const mlDist = join(ROOT, 'node_modules/maplibre-gl/dist');
  copyFileSync(join(mlDist, 'maplibre-gl-worker.mjs'), join(dir, 'maplibre-gl-worker.mjs'));
  const fonts = join(ROOT, 'node_modules/@fontsource/source-sans-3/files');
  copyFileSync(join(fonts, 'source-sans-3-latin-400-normal.woff2'), join(dir, 'source-sans-400.woff2'));
  copyFileSync(join(fonts, 'source-sans-3-latin-700-normal.woff2'), join(dir, 'source-sans-700.woff2'));
  symlinkSync(join(DIST, 'data'), join(dir, 'data'));
  return dir;
}

/**
 * The floor: `/` cut after its header (the same head, inline CSS and
 * preloaded fonts; no chapters, no scripts). Lighthouse's simulation gives no
 * page with this head a smaller LCP, so this row shows how far `/` is from
 * what is possible, and what any ratio to the baseline can reach.
 */
function buildFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const story = readFileSync(join(DIST, 'index.html'), 'utf8');
  const end = story.indexOf('</header>');
  if (end < 0) throw new Error('dist/index.html has no story header for the floor page.');
  const html = story.slice(0, end + '</header>'.length).replace(/<link rel="modulepreload"[^>]*>/g, '') + '</body></html>';
  writeFileSync(join(dir, 'index.html'), html);
  symlinkSync(join(DIST, '_astro'), join(dir, '_astro'));
  copyFileSync(join(DIST, 'favicon.svg'), join(dir, 'favicon.svg'));
  return dir;
}

/** The chapter ids in story order, from the data the story page embeds. */
function chapterIds() {
  const story = readFileSync(join(DIST, 'index.html'), 'utf8');
  const json = story.match(/id="chapters-data">([\s\S]*?)<\/script>/)?.[1];
  const ids = JSON.parse(json ?? '[]').map((c) => c.id);
  if (ids.length < 2) throw new Error('dist/index.html lacks its chapters.');
  return ids;
}
const firstChapterId = () => chapterIds()[0];

/** `/#<second chapter>`: the story scrolls to it at once, which starts the map. */
function deepLink(origin) {
  const id = chapterIds()[1];
  return { name: `/#${id}`, url: `${origin}/#${id}` };
}

async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
    const items = audits['network-requests']?.details?.items ?? [];
    const js = items
      .filter((r) => r.resourceType === 'Script' || /\.m?js(\?|$)/.test(r.url))
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const score = (id) => Math.round((categories[id]?.score ?? NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
      js,
      failing: Object.values(categories).filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 1).map((r) => r.id)),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const started = Date.now();
  if (!args.includes('--no-build')) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/.');
  const routes = routesToMeasure(builtRoutes());
  const naiveDir = await buildNaive();
  const floorDir = buildFloor();
  const site = await startServer({ root: DIST, gzip: true, port: 0 });
  const naive = await startServer({ root: naiveDir, gzip: true, port: 0 });
  const floor = await startServer({ root: floorDir, gzip: true, port: 0 });
  const origin = (server) => `http://127.0.0.1:${server.address().port}`;
  const targets = [
    ...routes.map((r) => ({ name: r, url: origin(site) + r })),
    ...(args.includes('--map') ? [deepLink(origin(site))] : []),
    { name: 'naive baseline', url: `${origin(naive)}/` },
    { name: 'floor: `/` cut after its header', url: `${origin(floor)}/` },
  ];
  const rows = [];
  let transitions;
  try {
    if (!args.includes('--no-transitions')) transitions = await measureTransitions(origin(site));
    for (const target of targets) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await lighthouseOnce(target.url));
        process.stderr.write('.');
      }
      const m = (key) => median(runs.map((r) => r[key]));
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      rows.push({ name: target.name, m, failing });
    }
  } finally {
    site.close();
    naive.close();
    floor.close();
    rmSync(naiveDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
  process.stderr.write('\n');

  const header = ['route', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'bytes transferred', 'JS bytes'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...rows.map(({ name, m }) => `| ${[
      name.startsWith('/') ? `\`${name}\`` : name,
      m('performance'), m('accessibility'), m('bestPractices'), m('seo'),
      secs(m('lcp')), `${Math.round(m('tbt'))} ms`, m('cls').toFixed(3), kb(m('bytes')), kb(m('js')),
    ].join(' | ')} |`),
  ];
  console.log(`\nLighthouse ${RUNS === 1 ? 'mobile, one run' : `mobile, median of ${RUNS} runs`} per route (${new Date().toISOString().slice(0, 10)}):\n`);
  console.log(lines.join('\n'));
  const ours = rows.find((r) => r.name === '/');
  const base = rows.find((r) => r.name === 'naive baseline');
  if (ours && base) {
    console.log(`\nLCP of / vs the naive baseline: ${secs(ours.m('lcp'))} vs ${secs(base.m('lcp'))}, ${(base.m('lcp') / ours.m('lcp')).toFixed(1)}× faster.`);
  }
  const least = rows.find((r) => r.name.startsWith('floor'));
  if (least && base) {
    console.log(`The floor (the header alone) has LCP ${secs(least.m('lcp'))}: no page with this head can be more than ${(base.m('lcp') / least.m('lcp')).toFixed(1)}× faster than the baseline in this run.`);
  }
  for (const { name, failing } of rows) {
    if (failing.length && name.startsWith('/')) console.log(`${name}: audits below 100% in some run: ${failing.join(', ')}`);
  }
  if (transitions) {
    const over = transitions.filter((t) => t.longest > 50);
    console.log('\nChapter to chapter on `/` (desktop, 1280×800, no throttling, the map loaded; long tasks are main-thread tasks over 50 ms):\n');
    console.log(['| to chapter | long tasks | longest |', '| --- | ---: | ---: |',
      ...transitions.map((t) => `| \`${t.id}\` | ${t.count} | ${t.count ? `${Math.round(t.longest)} ms` : '–'} |`)].join('\n'));
    console.log(`\n${over.length ? `${over.length} of ${transitions.length} transitions had a task over 50 ms.` : 'No transition had a task over 50 ms.'}`);
  }
  console.log(`\n${targets.length} pages × ${RUNS} runs in ${Math.round((Date.now() - started) / 1000)} s.`);
}

await main();
