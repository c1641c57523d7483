/**
 * What the offline classroom keeps (issue 17), shared by the service worker
 * (src/sw/service-worker.ts) and the build step that lists its precache
 * (src/build/service-worker.ts). Pure: no browser or Node APIs.
 *
 * A teacher opens /present/ once; from then on the slides, the presenter's
 * window, the handout and the story open without a network, with everything
 * they load. Paths are relative to the site's base path (BASE_PATH), as the
 * precache's URLs are relative to the service worker's own URL.
 */

/** The pages kept for a room without a network: the story, the slides, the presenter's window, the handout; in English and in Arabic (issue 16). */
export const OFFLINE_PAGES = ['', 'present/', 'present/notes/', 'handout/', 'ar/', 'ar/present/', 'ar/present/notes/', 'ar/handout/'] as const;

/**
 * What those pages load, as globs under dist/: the hashed modules (MapLibre,
 * its worker and its CSS among them), the self-hosted fonts, the map's
 * layers, the icon and the web app manifest. The static maps are SVG inside
 * the pages themselves.
 */
export const OFFLINE_ASSETS = [
  '_astro/**/*.{js,mjs,css,woff2}',
  'data/layers/*.geojson',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
] as const;

/** The service worker's file, at the root of the base path so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * How long a page waits for the network before the kept copy is shown: a
 * school network that hangs (blocked, or a Wi-Fi that drops) should not keep
 * the class waiting, while a working one always gives the newest version.
 */
export const NETWORK_TIMEOUT_MS = 4000;

/**
 * The file (relative to the base path) a page request is kept under, or
 * undefined when the path is not one of the offline pages.
 * @param pathname the request's path (no query)
 * @param base the path the site is served under, starting and ending with '/'
 */
export function offlinePageFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let page = pathname.slice(base.length);
  if (page === 'index.html' || page.endsWith('/index.html')) page = page.slice(0, -'index.html'.length);
  return (OFFLINE_PAGES as readonly string[]).includes(page) ? `${page}index.html` : undefined;
}

/** The message the slides send the service worker to ask whether everything is kept, and its answer. */
export const STATUS_REQUEST = 'offline-status';
export interface OfflineStatus {
  /** Every file of the precache is in the cache: the pages work without a network. */
  ready: boolean;
  /** How many files the precache lists. */
  files: number;
}
