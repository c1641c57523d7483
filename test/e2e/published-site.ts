/**
 * A copy of a build served at a fixed address that a test can take off the
 * network and publish a new version to (the offline tests, issue 17). The
 * server serves a symbolic link that points at the version published, so a
 * new version replaces the old one at once, as a host's deploy does; the
 * service worker of a new version is built by the build's own step
 * (src/build/service-worker.ts), so its precache revisions change exactly as
 * a real rebuild's would.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServiceWorker } from '../../src/build/service-worker';
import { OFFLINE_PAGES } from '../../src/sw/pages';
import { startServer } from '../../scripts/serve.mjs';

export interface PublishedSite {
  /** http://127.0.0.1:<port><base> */
  url: string;
  /** Take the site off the network (the port stays reserved for `start`). */
  stop(): Promise<void>;
  /** Serve it again at the same address. */
  start(): Promise<void>;
  /**
   * Publish a new version: the last one with `change` applied to the offline
   * pages' HTML and `remove` files deleted, then its service worker rebuilt.
   */
  publish(change: (html: string) => string, remove?: string[]): Promise<void>;
  /** Stop, and delete its files. */
  dispose(): Promise<void>;
}

export async function publishedSite(dist: string, base: string): Promise<PublishedSite> {
  const work = mkdtempSync(join(tmpdir(), 'published-'));
  const link = join(work, 'site');
  let version = 1;
  let current = join(work, `v${version}`);
  cpSync(dist, current, { recursive: true });
  symlinkSync(current, link);
  let server: Server | undefined;
  let port = 0;
  const start = async () => {
    server = (await startServer({ root: link, host: '127.0.0.1', port, strictPort: port !== 0, base })) as Server;
    port = (server.address() as AddressInfo).port;
  };
  const stop = async () => {
    if (!server) return;
    const s = server;
    server = undefined;
    s.closeAllConnections();
    await new Promise((ok) => s.close(ok));
  };
  await start();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    stop,
    start,
    async publish(change, remove = []) {
      const next = join(work, `v${++version}`);
      cpSync(current, next, { recursive: true });
      for (const page of OFFLINE_PAGES) {
        const file = join(next, page, 'index.html');
        // Every page of a new version differs from the last one's, as a rebuild's usually do.
        writeFileSync(file, change(readFileSync(file, 'utf8')).replace('</body>', `<!-- version ${version} --></body>`));
      }
      await buildServiceWorker(next);
      for (const file of remove) rmSync(join(next, file));
      // Swap the link in one rename, as an atomic deploy does.
      symlinkSync(next, `${link}.new`);
      renameSync(`${link}.new`, link);
      current = next;
    },
    async dispose() {
      await stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
