// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { addModulePreloads } from './src/build/module-preload';
import { NOSCRIPT_STYLE, cspHash } from './src/build/noscript-style';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // The global CSS is small (about 2 KB gzipped): inlined, it costs no
  // render-blocking request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: [
    {
      // Each page lists the modules its scripts import (src/build/module-preload.ts),
      // so the browser fetches them at once instead of one level per round trip.
      name: 'module-preload',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          logger.info(`modulepreload links added to ${addModulePreloads(fileURLToPath(dir))} pages`);
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
        "worker-src 'self' blob: data:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { hashes: [/** @type {`sha256-${string}`} */ (cspHash(NOSCRIPT_STYLE))] },
    },
  },
});
