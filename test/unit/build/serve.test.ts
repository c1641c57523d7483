import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PORT_ATTEMPTS, sitePath, startServer } from '../../../scripts/serve.mjs';

// A built site in miniature.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const files: Record<string, string> = {
    'index.html': 'story',
    '404.html': 'not found page',
    'present/index.html': 'slides',
    'embed/rafah/index.html': 'card',
    '_astro/a.js': 'export {}',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const portOf = (server: { address(): unknown }) => (server.address() as AddressInfo).port;
const close = (server: { close(cb: () => void): unknown; closeAllConnections?: () => void }) =>
  new Promise<void>((ok) => {
    server.close(() => ok());
    server.closeAllConnections?.(); // keep-alive connections of fetch() and http.request
  });

/** A plain TCP server holding a port on 127.0.0.1, as another program would. */
async function occupy() {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  return blocker;
}

describe('a port in use', () => {
  test('without an explicit port, the server takes the next free one and says so', async () => {
    const blocker = await occupy();
    const busy = portOf(blocker);
    const taken: number[] = [];
    const server = (await startServer({ root, port: busy, onPortInUse: (p: number) => taken.push(p) })) as Server;
    try {
      const port = portOf(server);
      expect(port).toBeGreaterThan(busy);
      expect(port).toBeLessThan(busy + PORT_ATTEMPTS);
      expect(taken[0]).toBe(busy);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(await res.text()).toBe('story');
    } finally {
      await close(server);
      await close(blocker);
    }
  });

  test('an explicit port in use is a one-line error', async () => {
    const blocker = await occupy();
    const busy = portOf(blocker);
    try {
      const error = await startServer({ root, port: busy, strictPort: true }).then(
        () => undefined,
        (e: NodeJS.ErrnoException) => e,
      );
      expect(error?.code).toBe('EADDRINUSE');
      expect(error?.message).toBe(`Port ${busy} on 127.0.0.1 is already in use: stop what is using it, or choose another port with --port.`);
    } finally {
      await close(blocker);
    }
  });

  test('`serve.mjs --port N` with N in use exits 1 with that line and no stack trace', async () => {
    const blocker = await occupy();
    const busy = portOf(blocker);
    try {
      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) => {
        const script = fileURLToPath(new URL('../../../scripts/serve.mjs', import.meta.url));
        const { BASE_PATH: _b, SITE_URL: _s, ...env } = process.env;
        const child = execFile(process.execPath, [script, '--port', String(busy), '--root', root], { env, timeout: 10_000 }, (_error, stdout, stderr) =>
          ok({ code: child.exitCode, stdout, stderr }),
        );
      });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`Port ${busy} on 127.0.0.1 is already in use: stop what is using it, or choose another port with --port.\n`);
    } finally {
      await close(blocker);
    }
  });
});

describe('serving under a base path', () => {
  test('sitePath maps request paths under the base to the site, others to nothing', () => {
    expect(sitePath('/', '/present/')).toBe('/present/');
    expect(sitePath('/graphics/rafah/', '/graphics/rafah/')).toBe('/');
    expect(sitePath('/graphics/rafah/', '/graphics/rafah/present/')).toBe('/present/');
    expect(sitePath('/graphics/rafah/', '/graphics/rafahx/')).toBeUndefined();
    expect(sitePath('/graphics/rafah/', '/present/')).toBeUndefined();
    expect(sitePath('/graphics/rafah/', '/')).toBeUndefined();
  });

  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = (await startServer({ root, port: 0, base: 'graphics/rafah' })) as Server;
    origin = `http://127.0.0.1:${portOf(server)}`;
  });
  afterAll(() => close(server));

  const get = async (path: string) => {
    const res = await fetch(origin + path, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), body: await res.text(), headers: res.headers };
  };

  test('requests under the base map to the site', async () => {
    expect(await get('/graphics/rafah/')).toMatchObject({ status: 200, body: 'story' });
    expect(await get('/graphics/rafah/index.html')).toMatchObject({ status: 200, body: 'story' });
    expect(await get('/graphics/rafah/present/')).toMatchObject({ status: 200, body: 'slides' });
    expect(await get('/graphics/rafah/embed/rafah/?embedId=x')).toMatchObject({ status: 200, body: 'card' });
    const asset = await get('/graphics/rafah/_astro/a.js');
    expect(asset).toMatchObject({ status: 200, body: 'export {}' });
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('folders without their slash redirect, the base itself too, keeping the query', async () => {
    expect(await get('/graphics/rafah')).toMatchObject({ status: 301, location: '/graphics/rafah/' });
    expect(await get('/graphics/rafah?x=1')).toMatchObject({ status: 301, location: '/graphics/rafah/?x=1' });
    expect(await get('/graphics/rafah/present?x=1')).toMatchObject({ status: 301, location: '/graphics/rafah/present/?x=1' });
  });

  test('anything else gets the 404 page', async () => {
    for (const path of ['/', '/present/', '/index.html', '/graphics/', '/graphics/rafahx/', '/_astro/a.js', '/graphics/rafah/nope/']) {
      expect(await get(path), path).toMatchObject({ status: 404, body: 'not found page' });
    }
  });

  test('never a file outside the site', async () => {
    const status = await new Promise<number | undefined>((ok, fail) => {
      // fetch() would normalise the dots away; a raw request keeps them.
      const req = request(`${origin}/graphics/rafah/../../../../etc/passwd`, (res) => {
        res.resume();
        ok(res.statusCode);
      });
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(404);
  });
});
