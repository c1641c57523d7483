// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addModulePreloads } from './src/build/module-preload';
import { NOSCRIPT_STYLE, cspHash } from './src/build/noscript-style';
import { buildServiceWorker } from './src/build/service-worker';
import { headersFile } from './scripts/host-headers.mjs';
import { HEADER_RULES } from './scripts/security-headers.mjs';
import { parseSiteConfig } from './scripts/site-config.mjs';
import { sitemapIncludes } from './scripts/sitemap-pages.mjs';
import { CORRECTIONS, dateModified } from './src/model/corrections';
import { SITE_META } from './src/model/site';
import { writeArabicSubset } from './scripts/arabic-font.mjs';

// Where the site is published: SITE_URL and BASE_PATH, environment variables
// of `npm run build`, parsed in one place (scripts/site-config.mjs; docs/publishing.md).
const { site, base, warnings } = (() => {
  try {
    return parseSiteConfig(process.env);
  } catch (error) {
    // One line that says what to change, without Astro's stack trace.
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
})();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The global CSS is small (about 2 KB gzipped): inlined, it costs no
  // render-blocking request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: [
    // sitemap-index.xml (robots.txt points to it): the pages a reader arrives
    // at, not the frames, share redirects or presenter tools
    // (scripts/sitemap-pages.mjs), dated by the story's last change.
    sitemap({
      filter: (page) => sitemapIncludes(new URL(page).pathname, base),
      lastmod: new Date(`${dateModified(SITE_META.datePublished, CORRECTIONS)}T00:00:00Z`),
    }),
    {
      // The Arabic face cut to the characters the site uses (scripts/arabic-font.mjs),
      // before any stylesheet is read: for build, dev and sync alike.
      name: 'arabic-font',
      hooks: {
        'astro:config:setup': async ({ logger }) => {
          const { chars, written } = await writeArabicSubset();
          if (written) logger.info(`Arabic face subset to ${chars.length} characters`);
        },
      },
    },
    {
      // Once per build (not for dev or sync): say where links will point.
      name: 'site-config',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if (command === 'build') for (const warning of warnings) console.warn(warning);
        },
      },
    },
    {
      // Each page lists the modules its scripts import (src/build/module-preload.ts),
      // so the browser fetches them at once instead of one level per round trip.
      name: 'module-preload',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          logger.info(`modulepreload links added to ${addModulePreloads(fileURLToPath(dir), base)} pages`);
        },
      },
    },
    {
      // dist/_headers for Netlify and Cloudflare Pages: the headers the local
      // server sends (scripts/security-headers.mjs), under BASE_PATH.
      name: 'host-headers',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(HEADER_RULES, base));
          logger.info(`_headers written for ${site}${base}`);
        },
      },
    },
    {
      // The offline classroom's service worker (src/build/service-worker.ts):
      // last, so that its precache revisions are those of the finished pages.
      name: 'service-worker',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { count, size } = await buildServiceWorker(fileURLToPath(dir));
          logger.info(`service worker written: ${count} files precached (${Math.round(size / 1024)} KB)`);
        },
      },
    },
  ],
  security: {
    // A Content Security Policy in a <meta> tag on every page (it travels with
    // any static host): only the site's own origin; Astro adds the hashes of
    // the scripts and styles it emits. Headers that a <meta> cannot carry
    // (frame-ancestors) are documented in the README.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        // In an embed sandboxed without allow-same-origin the page's origin is
        // opaque, and MapLibre starts its worker (our own file, fetched) from a
        // data: URL; creating a worker already takes running script.
        // 'self' also lets the slides register the offline service worker (/sw.js).
        "worker-src 'self' blob: data:",
        // The web app manifest the slides link, so a teacher can install them.
        "manifest-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { hashes: [/** @type {`sha256-${string}`} */ (cspHash(NOSCRIPT_STYLE))] },
    },
  },
});
