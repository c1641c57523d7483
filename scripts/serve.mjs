#!/usr/bin/env node
// @ts-check
/**
 * A small static server for the built site (dist/), used by `npm start`,
 * the browser tests and the benchmark. It sends `.mjs` as JavaScript (the
 * MapLibre worker needs it), serves dist/404.html for unknown paths, sends
 * the host's headers (security-headers.mjs, the table dist/_headers is
 * written from), and can gzip responses like a production host.
 *
 *   node scripts/serve.mjs [--host 127.0.0.1] [--port 4321] [--base /] [--root dist] [--gzip]
 *
 * Without --port it takes 4321, or the next free port after it, as Astro and
 * Vite do; a --port that is taken is an error. --base serves the site under a
 * path (the BASE_PATH it was built with; by default BASE_PATH from the
 * environment, else /): requests under it map to dist/, others get the 404 page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { securityHeaders } from './security-headers.mjs';
import { parseBasePath, parseSiteConfig } from './site-config.mjs';

/** @type {Record<string, string>} */
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
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * Resolve a URL path to a file under root, or undefined (never outside root).
 * @param {string} root an absolute folder
 * @param {string} urlPath
 */
export function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.replace(/[?#].*$/s, ''));
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

/** How many ports from the first one `startServer` tries when the port is not strict. */
export const PORT_ATTEMPTS = 20;

/**
 * The file path under the site's root that a request path asks for, or
 * undefined when the request is outside the base path.
 * @param {string} base starts and ends with '/'
 * @param {string} pathname the request's path, without query
 */
export function sitePath(base, pathname) {
  if (base === '/') return pathname;
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
}

/**
 * Starts the server; resolves to the listening http.Server (its `address()`
 * says the port), or rejects with an Error whose message is one line for a
 * port in use (`code` EADDRINUSE) or not allowed (EACCES).
 *
 * `port: 0` takes any free port (the tests). Otherwise, unless `strictPort`,
 * a port in use makes it try the next ones, up to PORT_ATTEMPTS in all
 * (calling `onPortInUse` with each port found taken). `base` is the path the
 * site is served under ('/graphics/rafah/'; default '/').
 */
export function startServer({
  root = 'dist',
  host = '127.0.0.1',
  port = 4321,
  strictPort = false,
  base = '/',
  gzip = false,
  log = false,
  onPortInUse = /** @type {((port: number) => void) | undefined} */ (undefined),
} = {}) {
  const dir = resolve(root);
  const basePath = parseBasePath(base, 'base');
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?')[0] ?? '/';
    const query = url.slice(pathOnly.length);
    // The base path without its trailing slash redirects, as hosts do.
    if (basePath !== '/' && pathOnly === basePath.slice(0, -1)) {
      res.writeHead(301, { Location: basePath + query });
      return res.end();
    }
    const inSite = sitePath(basePath, pathOnly);
    const file = inSite === undefined ? undefined : resolvePath(dir, inSite);
    // Directory URLs without a trailing slash redirect, as static hosts do.
    if (file && !pathOnly.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathOnly.endsWith('index.html')) {
      res.writeHead(301, { Location: `${pathOnly}/${query}` });
      return res.end();
    }
    const target = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    const ext = extname(target);
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      // The same headers for the same path as a host given dist/_headers.
      ...securityHeaders(pathOnly, basePath),
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
  const last = port === 0 || strictPort ? port : Math.min(port + PORT_ATTEMPTS - 1, 65535);
  return new Promise((ok, fail) => {
    const attempt = (/** @type {number} */ p) => {
      const onError = (/** @type {NodeJS.ErrnoException} */ error) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && p < last) {
          onPortInUse?.(p);
          return attempt(p + 1);
        }
        fail(listenError(error, host, port, p));
      };
      const onListening = () => {
        server.off('error', onError);
        ok(server);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    };
    attempt(port);
  });
}

/**
 * A one-line Error for a port that cannot be listened on.
 * @param {NodeJS.ErrnoException} error
 * @param {string} host
 * @param {number} first the port asked for
 * @param {number} last the last port tried
 */
function listenError(error, host, first, last) {
  /** @type {string} */
  let message;
  if (error.code === 'EADDRINUSE') {
    message = first === last
      ? `Port ${first} on ${host} is already in use: stop what is using it, or choose another port with --port.`
      : `Ports ${first} to ${last} on ${host} are all in use: stop what is using them, or choose another port with --port.`;
  } else if (error.code === 'EACCES') {
    message = `Port ${last} on ${host} is not allowed for this user (ports below 1024 need privileges): choose another port with --port.`;
  } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    message = `Cannot listen on ${host}: it is not an address of this machine (try --host 127.0.0.1).`;
  } else {
    return error;
  }
  return Object.assign(new Error(message), { code: error.code });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  /** @type {(message: string) => never} one line, without a stack trace */
  const exit = (message) => {
    console.error(message);
    process.exit(1);
  };
  /** @param {string} name */
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const host = arg('host') ?? '127.0.0.1';
  const root = arg('root') ?? 'dist';
  const portArg = arg('port');
  const port = Number(portArg ?? '4321');
  if (!Number.isInteger(port) || port < 0 || port > 65535) exit(`--port ${portArg}: a port is a whole number from 0 to 65535.`);
  /** @type {string} */
  let base;
  try {
    const baseArg = arg('base');
    base = baseArg === undefined ? parseSiteConfig(process.env).base : parseBasePath(baseArg, '--base');
  } catch (error) {
    exit(/** @type {Error} */ (error).message);
  }
  if (!existsSync(join(root, 'index.html'))) exit(`No built site in ${root}/: run "npm run build" first.`);
  try {
    const server = await startServer({
      root,
      host,
      port,
      base,
      strictPort: portArg !== undefined,
      gzip: process.argv.includes('--gzip'),
      onPortInUse: (p) => console.log(`Port ${p} is in use, trying another one...`),
    });
    const { port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`Serving ${root}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${listening}${base}`);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === undefined) throw error;
    exit(/** @type {Error} */ (error).message);
  }
}
