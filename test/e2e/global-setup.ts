/**
 * Browser tests run against the built site (dist/), served on 127.0.0.1 by
 * the same server `npm start` uses. A missing build or browser fails loudly:
 * these tests are never skipped.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same site built with BASE_PATH=/graphics/rafah/ (npm run build:subpath), served from that path. */
    subpathUrl: string;
  }
}

let server: Server | undefined;
let subpathServer: Server | undefined;

/** The sub-path build's base (package.json, build:subpath). */
export const SUBPATH = '/graphics/rafah/';

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the browser tests need the built site. Run "npm test" (it builds first) or "npm run build".');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install Debian's Chromium (apt-get install -y chromium); .ci/run does this.`);
  }
  if (!existsSync('dist-subpath/index.html')) {
    throw new Error('dist-subpath/ is missing: the sub-path tests need the site built under /graphics/rafah/. Run "npm test" or "npm run build:subpath".');
  }
  server = (await startServer({ root: 'dist', host: '127.0.0.1', port: 0 })) as Server;
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  subpathServer = (await startServer({ root: 'dist-subpath', host: '127.0.0.1', port: 0, base: SUBPATH })) as Server;
  project.provide('subpathUrl', `http://127.0.0.1:${(subpathServer.address() as AddressInfo).port}${SUBPATH}`);
}

export async function teardown() {
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  await new Promise((ok) => (subpathServer ? subpathServer.close(ok) : ok(undefined)));
}
