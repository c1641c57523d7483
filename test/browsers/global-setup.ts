/**
 * The cross-browser tests' setup (issue 17): an Xvfb display for Firefox and
 * WebKit (WebGL needs a display: headless Firefox has none here), and the
 * built site served on 127.0.0.1 as for the Chromium tests. A missing
 * browser, Xvfb or build fails the run loudly, naming the Debian package:
 * these tests are never skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { XVFB_PATH, missingBrowsers } from './engines';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The X display of the tests' Xvfb (":99"). */
    display: string;
  }
}

let xvfb: ChildProcess | undefined;
let server: Server | undefined;

/** Start Xvfb on a display it finds free itself (-displayfd), and resolve to that display. */
function startXvfb(): Promise<string> {
  return new Promise((ok, fail) => {
    // Large enough for the widest window the tests open (1280×800 plus the browsers' own bars).
    const child = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    xvfb = child;
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim().split('\n').slice(-3).join(' / ')}`)));
    let out = '';
    child.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
  });
}

export async function setup(project: TestProject) {
  const missing = missingBrowsers();
  if (missing.length > 0) {
    throw new Error(`The cross-browser tests need Firefox ESR, WebKitGTK's WebDriver and Xvfb; missing: ${missing.join(', ')}. .ci/run installs them.`);
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the cross-browser tests need the built site. Run "npm test" (it builds first) or "npm run build".');
  }
  project.provide('display', await startXvfb());
  server = (await startServer({ root: 'dist', host: '127.0.0.1', port: 0 })) as Server;
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

export async function teardown() {
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  xvfb?.kill();
}
