/**
 * A newsroom's page on another origin (127.0.0.2), for the embed tests: the
 * host pages of test/e2e/embed-host/ with pym.js from npm, served by the
 * site's own server. Returns its origin and the function that stops it.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export async function startEmbedHost(): Promise<{ host: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  for (const f of readdirSync('test/e2e/embed-host')) copyFileSync(join('test/e2e/embed-host', f), join(dir, f));
  copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'pym.v1.min.js'));
  const server = (await startServer({ root: dir, host: '127.0.0.2', port: 0 })) as Server;
  return {
    host: `http://127.0.0.2:${(server.address() as AddressInfo).port}`,
    async stop() {
      await new Promise((ok) => server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
