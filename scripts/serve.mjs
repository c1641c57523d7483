#!/usr/bin/env node
/**
 * A small static server for the built site (dist/), used by `npm start`,
 * the browser tests and the benchmark. It sends `.mjs` as JavaScript (the
 * MapLibre worker needs it), serves dist/404.html for unknown paths, and
 * can gzip responses like a production host.
 *
 *   node scripts/serve.mjs [--host 127.0.0.1] [--port 4321] [--root dist] [--gzip]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { securityHeaders } from './security-headers.mjs';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.xml']);

/** Resolve a URL path to a file under root, or undefined (never outside root). */
export function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(full) ? full : undefined;
}

export function startServer({ root = 'dist', host = '127.0.0.1', port = 4321, gzip = false, log = false } = {}) {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    // Directory URLs without a trailing slash redirect, as static hosts do.
    const pathOnly = url.split('?')[0];
    const file = resolvePath(dir, url);
    if (file && !pathOnly.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathOnly.endsWith('index.html')) {
      res.writeHead(301, { Location: `${pathOnly}/${url.slice(pathOnly.length)}` });
      return res.end();
    }
    const target = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    const ext = extname(target);
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      ...(ext === '.html' ? securityHeaders(pathOnly) : { 'X-Content-Type-Options': 'nosniff' }),
      // Everything here is public. A sandboxed embed (iframe sandbox without
      // allow-same-origin) has an opaque origin, so its module scripts, fonts,
      // map worker and layer fetches are cross-origin requests to this host.
      'Access-Control-Allow-Origin': '*',
      // Hashed assets never change; everything else is revalidated.
      'Cache-Control': url.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (!existsSync(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    const useGzip = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (useGzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (log) console.log(status, url);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(target);
    (useGzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const host = arg('host', '127.0.0.1');
  const port = Number(arg('port', '4321'));
  const root = arg('root', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}/: run "npm run build" first.`);
    process.exit(1);
  }
  await startServer({ root, host, port, gzip: process.argv.includes('--gzip') });
  console.log(`Serving ${root}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
}
