/**
 * Builds the offline classroom's service worker into the built site (issue
 * 17), once Astro has written dist/ and the other build steps have finished
 * changing its pages (astro.config.mjs runs it last): esbuild bundles
 * src/sw/service-worker.ts with the Workbox modules it imports, then
 * Workbox's injectManifest lists the offline pages and everything they load,
 * each with a revision (a hash of its bytes), in place of
 * `self.__WB_MANIFEST`. The same step serves `npm run build` and
 * `npm run build:subpath`: the precache's URLs are relative to the worker,
 * which sits at the root of the base path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OFFLINE_ASSETS, OFFLINE_PAGES, SERVICE_WORKER_FILE } from '../sw/pages';

const require = createRequire(import.meta.url);
const SOURCE = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));

/** Workbox's own limit is 2 MB a file; the MapLibre chunk is about 1.1 MB raw. A file over this fails the build rather than going missing offline. */
const MAX_FILE_BYTES = 3 * 1024 * 1024;

export interface ServiceWorkerBuild {
  /** The worker's path in dist/. */
  file: string;
  /** How many files it precaches, and their bytes as stored (not gzipped). */
  count: number;
  size: number;
}

/** The globs of the precache, relative to dist/. */
const precacheGlobs = (): string[] => [...OFFLINE_PAGES.map((page) => `${page}index.html`), ...OFFLINE_ASSETS];

export async function buildServiceWorker(dist: string): Promise<ServiceWorkerBuild> {
  // Required here, not imported at the top: astro sync and astro check load this config too and need
  // neither (both packages are CommonJS; an import() would go through Vite's module runner, closed by now).
  const { build } = require('esbuild') as typeof import('esbuild');
  const { injectManifest } = require('workbox-build') as typeof import('workbox-build');
  const work = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const bundled = join(work, SERVICE_WORKER_FILE);
    await build({
      entryPoints: [SOURCE],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      legalComments: 'none',
      // Workbox logs and checks its arguments only outside production.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const swDest = join(dist, SERVICE_WORKER_FILE);
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest,
      globDirectory: dist,
      globPatterns: precacheGlobs(),
      // Hashed files (Vite puts a hash of their content in the name) need no revision of their own.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    });
    // A glob that matches nothing means a page or an asset would be missing offline: stop the build.
    if (warnings.length > 0) throw new Error(`The service worker's precache is incomplete:\n${warnings.join('\n')}`);
    return { file: swDest, count, size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
