/**
 * Byte budgets of the built site (issue 8): what each route costs before its
 * map loads, and what the map costs when it does. Each budget sits just
 * above what the site measures (the measured figure is in the comment next
 * to it, gzipped, as of the commit that set it); raise one only with a reason
 * in the commit. Reads dist/: `npm test` builds first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtRoutes, fontUrls, gzipSize, mapDataBytes, moduleScripts, routeBytes, stylesheetLinks, workerBytes, type RouteBytes } from './route-bytes';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;

/** The target: no route loads more than this much JavaScript before its map. */
const JS_BEFORE_MAP_TARGET = 30 * KB;

type Budget = Pick<RouteBytes, 'js' | 'css' | 'fonts' | 'total'>;

/** Budgets by route; the first pattern that matches applies. */
const ROUTE_BUDGETS: [RegExp, Budget, string][] = [
  [/^\/$/, {
    // Raised from 6.5 KB in issue 15 for the chapters' Share buttons (src/client/share.ts: share sheet or copied link, 174 B): measured 6,829 B (6,655 B before).
    js: 6.75 * KB, // measured 6,035 B: step controller, hash, stage, first-move start, deferred static maps, Embed dialog (MapLibre comes later by import())
    // Raised in issue 14 for the headline's card over the map on phones, so the first screen shows both (measured 3,631 B).
    // And by the merge of issue 16 (logical properties, the language switch in the header): 3,719 B.
    css: 3.75 * KB, // measured 2,941 B before, inlined in the HTML
    fonts: 31 * KB, // measured 31,292 B: Source Sans 400 and 700, Latin subset, woff2
    // Raised from 80 KB in issue 14: the static maps draw the governorates and the towns, and each close-up carries a locator inset and a scale bar (measured 85,305 B).
    // Raised in issue 15 for the link-preview and canonical tags, the NewsArticle JSON-LD and ten Share buttons, article dates (measured 88,202 B; 86,812 B before).
    // Raised in issue 14 (second pass): the static maps set country names in spaced capitals and call out crowded places with leader lines (measured 88,766 B).
    // Raised by 0.5 KB in issue 16: the hreflang alternates and the language switch every page carries, and the
    // story's interface words moved from its scripts into the page (data attributes), which kept js within budget (measured 87,174 B).
    total: 87.5 * KB, // measured 80,036 B before: HTML with ten static maps (in <noscript> until idle), the charts as SVG and one Embed dialog + JS + fonts
  }, 'the story'],
  // css raised from 3.5 KB: present.css gained the dateline on every slide (issue 12), 3,585 B.
  // js of the slides, the notes and the embeds raised in issue 13: the one engine's navigator, key
  // binding, swipe and progress modules replace each surface's inline copies, and cost a few
  // hundred bytes more as shared chunks (measured 2,663 / 7,767 / 5,745 B); / stays within its budget.
  // css of every page raised in issue 14 by the global styles of the live map's key, locator and scale bar (about 200 B):
  // notes 3,987, handout 3,726, embeds 3,207 B; the largest embed's total 85,299 B (its static maps' sea names and legends).
  // Notes' css raised in issue 14's second pass by the shared global styles (the headline card, the foldable key): 4,123 B.
  [/^\/present\/notes\/$/, { js: 2.75 * KB, css: 4.125 * KB, fonts: 31 * KB, total: 43 * KB }, 'presenter notes (measured js 1,986, css 3,585, total 41,345 B)'],
  // Slides' css and total raised in issue 14 (the live locator's and scale bar's styles; the static maps' governorates, towns, locators and scale bars): 4,098 / 76,757 B.
  // Slides' total raised in issue 15 by the link-preview and canonical tags every page carries (77,945 B; 77,778 B before).
  // Slides' css and total raised in issue 14's second pass (the story's headline card rule in the shared global styles; the static maps' country labels): 4,375 / 78,359 B.
  // Slides' js and total raised in issue 17 by the offline classroom: the registration and its "Ready offline" status (491 B; by
  // import() it would have moved Vite's preload helper into the chunk the story shares, over the story's budget) and the
  // manifest and icon links: js 8,258 B.
  // Slides' total raised by 0.5 KB in issue 16 (hreflang alternates, the language switch, interface words moved from the scripts into the page): 78,262 B;
  // their css by 0.125 KB: logical properties (one stylesheet for both directions) are longer than left and right, and the toolbar's switch (4,358 B).
  [/^\/present\/$/, { js: 8.25 * KB, css: 4.5 * KB, fonts: 31 * KB, total: 78 * KB }, 'slides (measured js 8,258, css 4,375, total 78,359 B before issue 17)'],
  // Embeds' total raised in issue 14's second pass: the static maps' country labels in spaced capitals (largest 86,312 B, abraham-accords).
  // Embeds' css raised with issue 16 merged into issue 14's styles (the foldable key's rules, logical properties): 3,366 B.
  [/^\/embed\//, { js: 5.75 * KB, css: 3.375 * KB, fonts: 31 * KB, total: 85 * KB }, 'embeds (measured js 4,715, css 3,366, largest total 86,719 B for abraham-accords, with issues 14–17 merged)'],
  // Handout css raised with issue 16 merged into issue 14's styles (logical properties, the foldable key): 3,886 B.
  // Handout total raised with issues 14–17 merged: the static maps' country labels, the language links, the corrections slot (71,843 B).
  [/^\/(handout|data)\//, { js: 0, css: 3.875 * KB, fonts: 31 * KB, total: 70.5 * KB }, 'handout and data ship no JavaScript (measured css 3,886, total 71,843 B for the handout)'],
  // Chapters' share pages (issue 15): a link preview and a meta refresh on to the story; no script, no map.
  [/^\/share\//, { js: 0, css: 3.5 * KB, fonts: 31 * KB, total: 40 * KB }, 'share pages ship no JavaScript (measured css 2,878, total 35,694 B)'],
  [/.*/, { js: JS_BEFORE_MAP_TARGET, css: 8 * KB, fonts: 32 * KB, total: 160 * KB }, 'other routes (404): the issue\'s target'],
];

/**
 * The Arabic pages (issue 16): the budgets of their English counterparts,
 * plus what Arabic needs and English does not, each stated:
 * - fonts: the Arabic face, IBM Plex Sans Arabic, 400 and 700, cut to the
 *   43 Arabic characters the site uses (scripts/arabic-font.mjs: 25,412 B;
 *   87,128 B as @fontsource ships its Arabic subset), beside Source Sans,
 *   which still draws digits and Latin;
 * - css: the Arabic pages' own sheet (src/styles/fonts-ar.css: the face and
 *   the right-to-left rules, about 270 B gzipped);
 * - total: both, and the text, which is larger in Arabic script (two bytes a
 *   letter in UTF-8): the HTML is up to 4.4 KB larger gzipped (the story).
 * The same JavaScript: not a byte more.
 */
const ARABIC_EXTRA = { css: 0.375 * KB, fonts: 25.5 * KB, text: 4.5 * KB };
// Every English route but the catch-all (the 404, which exists in English only).
const ARABIC_BUDGETS: [RegExp, Budget, string][] = ROUTE_BUDGETS.filter(([pattern]) => pattern.source.startsWith('^\\/'))
  .map(([pattern, b, why]) => [
    new RegExp(`^\\/ar\\/${pattern.source.slice(3)}`),
    { js: b.js, css: b.css + ARABIC_EXTRA.css, fonts: b.fonts + ARABIC_EXTRA.fonts, total: b.total + ARABIC_EXTRA.css + ARABIC_EXTRA.fonts + ARABIC_EXTRA.text },
    `Arabic ${why}, with the Arabic face and text`,
  ]);

/** What the map loads when it starts, for every route that has one. */
const MAP_BUDGETS = {
  onDemandJs: 295 * KB, // measured 297,957 B with MapLibre 6.17 (its CSS inlined into the chunk)
  worker: 146 * KB, // measured 148,473 B: MapLibre's worker
  // Raised in issue 14 for the five governorates and three more towns (measured 88,464 B); the cap is 150 KB.
  data: 87 * KB, // measured 84,262 B before: dist/data/layers/*.geojson (world.geojson is 243 KB raw)
};

/**
 * The offline classroom's service worker (issue 17): Workbox's precaching and
 * routing, the page rule and the precache list (about 40 files with their
 * revisions), gzipped. Measured 6,699 B.
 */
const SERVICE_WORKER_BUDGET = 7.5 * KB;

/**
 * What a first visit to the story and to an embed fetches before its map:
 * the page, its modules and its two fonts (no stylesheet: the CSS is
 * inlined). Pinned by issue 17: the offline classroom must add nothing here
 * (no service worker, no manifest, no registration code).
 */
const FIRST_VISIT_FILES: [RegExp, number][] = [
  [/^\/$/, 1 + 7 + 2],
  [/^\/embed\//, 1 + 7 + 2],
];

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does).`);
}
const routes = builtRoutes(DIST);
const measured = new Map(routes.map((r) => [r, routeBytes(DIST, r)]));
const budgetOf = (route: string) => [...ARABIC_BUDGETS, ...ROUTE_BUDGETS].find(([pattern]) => pattern.test(route))!;

describe('byte budgets of every built route (gzipped)', () => {
  test('the story route is built', () => {
    expect(routes).toContain('/');
  });

  test('every Arabic route has the budget of its English counterpart (and the Arabic extras), not the catch-all', () => {
    for (const route of routes.filter((r) => r.startsWith('/ar/'))) {
      expect(ARABIC_BUDGETS.some(([pattern]) => pattern.test(route)), route).toBe(true);
    }
    expect(ARABIC_BUDGETS).toHaveLength(6);
  });

  test.each(routes)('%s stays within its budget', (route) => {
    const bytes = measured.get(route)!;
    const [, budget, why] = budgetOf(route);
    const over = (Object.keys(budget) as (keyof Budget)[])
      .filter((key) => bytes[key] > budget[key])
      .map((key) => `${key}: ${bytes[key]} B > ${budget[key]} B`);
    expect(over, `${route} (${why}); scripts before the map: ${bytes.jsFiles.join(', ') || 'none'}`).toEqual([]);
  });

  test.each(routes)('%s loads at most 30 KB of JavaScript before its map', (route) => {
    expect(measured.get(route)!.js).toBeLessThanOrEqual(JS_BEFORE_MAP_TARGET);
  });
});

describe('the map loads on demand, within its budget', () => {
  test('the story loads MapLibre only by import(), within budget', () => {
    const story = measured.get('/')!;
    expect(story.jsFiles.some((f) => /mount-map|maplibre/.test(f))).toBe(false);
    expect(story.onDemandFiles.some((f) => /mount-map/.test(f))).toBe(true);
    expect(story.onDemandJs).toBeLessThanOrEqual(MAP_BUDGETS.onDemandJs);
  });

  test('no route loads the map chunk before its map', () => {
    for (const [route, bytes] of measured) {
      expect(bytes.jsFiles.filter((f) => /mount-map|maplibre/.test(f)), route).toEqual([]);
    }
  });

  test('each route preloads exactly the modules its scripts import, so none waits for another; never the map', () => {
    for (const [route, bytes] of measured) {
      const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
      const preloads = [...html.matchAll(/<link rel="modulepreload" href="\/([^"]+)">/g)].map((m) => m[1]!);
      const entries = moduleScripts(html).flatMap((s) => (s.src ? [s.src.slice(1)] : []));
      expect(preloads.sort(), route).toEqual(bytes.jsFiles.filter((f) => !entries.includes(f)).sort());
      expect(preloads.filter((f) => /mount-map|maplibre/.test(f)), route).toEqual([]);
    }
  });

  test('the worker and the map data stay within budget', () => {
    expect(workerBytes(DIST)).toBeLessThanOrEqual(MAP_BUDGETS.worker);
    expect(mapDataBytes(DIST)).toBeLessThanOrEqual(MAP_BUDGETS.data);
  });
});

describe('the offline classroom costs the story and the embeds nothing (issue 17)', () => {
  test('a first visit to the story or an embed fetches no more files than before', () => {
    for (const [route, bytes] of measured) {
      const pinned = FIRST_VISIT_FILES.find(([pattern]) => pattern.test(route));
      if (!pinned) continue;
      const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
      const files = 1 + bytes.jsFiles.length + fontUrls(html).length + stylesheetLinks(html).length;
      expect(files, route).toBe(pinned[1]);
    }
  });

  test('the story and the embeds neither link the manifest nor load the registration', () => {
    for (const [route, bytes] of measured) {
      if (!FIRST_VISIT_FILES.some(([pattern]) => pattern.test(route))) continue;
      const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
      expect(html, route).not.toMatch(/rel="manifest"|sw\.js/);
      const code = [...bytes.jsFiles, ...bytes.onDemandFiles].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
      expect(code, route).not.toMatch(/serviceWorker|sw\.js/);
    }
  });

  test('the slides link the manifest; the service worker stays within its budget', () => {
    expect(readFileSync(join(DIST, 'present/index.html'), 'utf8')).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest">/);
    expect(gzipSize(readFileSync(join(DIST, 'sw.js')))).toBeLessThanOrEqual(SERVICE_WORKER_BUDGET);
  });
});
