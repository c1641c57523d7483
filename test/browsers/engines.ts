/**
 * Firefox and WebKit for the cross-browser tests (issue 17), behind one
 * small interface so that one test file runs in both:
 *
 * - Firefox ESR (Debian `firefox-esr`) through puppeteer-core over WebDriver
 *   BiDi. Headless Firefox has no WebGL on this machine kind, so it runs
 *   headful on the tests' Xvfb display.
 * - WebKitGTK, the engine of Safari (Debian `webkit2gtk-driver`): its
 *   MiniBrowser driven by WebKitWebDriver over W3C WebDriver (HTTP), with the
 *   few commands the tests need written here rather than a client library.
 *
 * Functions passed to `evaluate` run in the page: they are sent as source
 * text, so they must not use anything from the test's scope but their
 * arguments.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** The MiniBrowser WebKitGTK installs (Debian: libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver). */
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

export type EngineName = 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['firefox', 'webkit'];

/** What each engine needs on disk, and the Debian package that provides it. */
export const REQUIRED: Record<EngineName | 'xvfb', { path: string; apt: string }[]> = {
  firefox: [{ path: FIREFOX_PATH, apt: 'firefox-esr' }],
  webkit: [{ path: WEBKIT_DRIVER_PATH, apt: 'webkit2gtk-driver' }, { path: MINIBROWSER_PATH, apt: 'webkit2gtk-driver' }],
  xvfb: [{ path: XVFB_PATH, apt: 'xvfb' }],
};

/** The paths that are missing, with the packages to install; empty when everything is there. */
export function missingBrowsers(): string[] {
  return Object.values(REQUIRED).flat().filter((r) => !existsSync(r.path)).map((r) => `${r.path} (apt-get install -y ${r.apt})`);
}

export type Key = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Shift' | 'n';

export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Poll `fn` in the page until it returns something truthy; fails after `timeout` ms, saying `what`. */
  waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, args: A, timeout?: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** Press a key that opens a window (window.open), and return that window. */
  pressAndOpen(key: Key): Promise<EnginePage>;
  /** Run a script's source in the page through the driver, which the page's Content Security Policy does not govern (axe-core). */
  inject(source: string): Promise<void>;
  /** Run `fn` in the page's first iframe (another origin's page included). */
  evaluateInFrame<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  newPage(viewport: Viewport): Promise<EnginePage>;
  /** Close every page still open (after a test that failed half-way). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The X display (":99") of the tests' Xvfb. */
  display: string;
  /** false: launch with WebGL switched off (the fallback's test). */
  webgl?: boolean;
}

export function launchEngine(name: EngineName, options: LaunchOptions): Promise<Engine> {
  return name === 'firefox' ? launchFirefox(options) : launchWebKit(options);
}

/** Poll `check` every 100 ms until it returns true, or throw after `timeout`. */
async function poll(what: string, check: () => Promise<unknown>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error; // a page between two documents: try again
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

// ——— Firefox: puppeteer-core over WebDriver BiDi ———

async function launchFirefox({ display, webgl = true }: LaunchOptions): Promise<Engine> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    // Headful on Xvfb: headless Firefox has no WebGL here.
    headless: false,
    env: { ...process.env, DISPLAY: display },
    defaultViewport: null,
    extraPrefsFirefox: {
      'webgl.disabled': !webgl,
      // A window.open() from the slides opens a window, as a presenter's browser does, not a tab.
      'browser.link.open_newwindow': 2,
      'browser.link.open_newwindow.restriction': 0,
      'dom.disable_open_during_load': false,
    },
    protocolTimeout: 120_000,
  });
  const wrap = (page: PuppeteerPage): EnginePage => ({
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async inject(source) {
      await page.evaluate(source);
    },
    waitFor: (what, fn, args, timeout = 30_000) => poll(what, () => page.evaluate(fn as never, ...(args as unknown as never[])), timeout),
    press: (key) => page.keyboard.press(key),
    async pressAndOpen(key) {
      const opened = new Promise<PuppeteerPage | null>((ok) => page.once('popup', ok));
      await page.keyboard.press(key);
      const popup = await opened;
      if (!popup) throw new Error('Firefox: the key opened no window');
      return wrap(popup);
    },
    async evaluateInFrame(fn, ...args) {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      if (!frame) throw new Error('Firefox: the page has no iframe');
      return frame.evaluate(fn as never, ...(args as unknown as never[])) as never;
    },
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    async newPage(viewport) {
      const page = await browser.newPage();
      await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
      return wrap(page);
    },
    async reset() {
      // Keep one tab: Firefox ends when its last one closes.
      const [, ...rest] = await browser.pages();
      await Promise.all(rest.map((p) => p.close()));
    },
    close: () => browser.close(),
  };
}

// ——— WebKit: WebKitWebDriver, W3C WebDriver over HTTP ———

/** W3C WebDriver's codes for the keys the tests press (WebDriver spec, "Keyboard actions"). */
const WEBDRIVER_KEYS: Record<Key, string> = {
  ArrowRight: '\uE014', ArrowLeft: '\uE012', Home: '\uE011', End: '\uE010', Shift: '\uE008', n: 'n',
};

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Run a page function from the test through WebDriver's "Execute Async Script" (a promise's value, or its error). */
const asyncScript = (fn: string) => `
  const done = arguments[arguments.length - 1];
  const args = Array.prototype.slice.call(arguments, 0, -1);
  Promise.resolve().then(() => (${fn}).apply(null, args)).then(
    (value) => done({ ok: true, value: value === undefined ? null : value }),
    (error) => done({ ok: false, error: String(error && error.stack || error) }));`;

/**
 * How long the page's scripts and loads may take (WebDriver's own timeouts), and how long a
 * request to WebKitWebDriver may go unanswered before the test is told that WebKit hung.
 */
const WEBKIT_SCRIPT_MS = 60_000;
const WEBKIT_REQUEST_MS = WEBKIT_SCRIPT_MS + 15_000;

async function launchWebKit({ display, webgl = true }: LaunchOptions): Promise<Engine> {
  let driver: ChildProcess | undefined;
  let endpoint = '';
  /** Set when a request went unanswered: the next reset starts a new driver and browser. */
  let hung = false;
  const startDriver = async () => {
    const port = await freePort();
    // In a process group of its own, so that a hung browser can be stopped with its driver.
    driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore', detached: true });
    endpoint = `http://127.0.0.1:${port}`;
    try {
      await poll('WebKitWebDriver to listen', () => fetch(`${endpoint}/status`).then((r) => r.ok), 15_000);
    } catch (error) {
      driver.kill();
      throw error;
    }
  };
  const send = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(endpoint + path, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(WEBKIT_REQUEST_MS),
      });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      hung = true;
      throw new Error(`WebKitWebDriver ${method} ${path}: no answer in ${WEBKIT_REQUEST_MS / 1000} s (WebKit hung)`);
    }
    const json = (await response.json()) as { value: unknown };
    if (!response.ok) {
      const error = json.value as { error?: string; message?: string };
      throw new Error(`WebKitWebDriver ${method} ${path}: ${error.error}: ${error.message}`);
    }
    return json.value;
  };
  await startDriver();

  // One WebDriver session (one MiniBrowser) per page, closed with it: WebKitWebDriver allows one
  // session at a time, and WebKitGTK delivers the driver's key presses only to the window that
  // has the focus, which a second MiniBrowser's window would take. Windows the page opens
  // (the presenter's window) belong to its session.
  let activeSession: string | undefined;
  const newSession = async (): Promise<string> => {
    if (activeSession !== undefined) throw new Error('WebKit: one page at a time (close the last one first)');
    const created = (await send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER_PATH,
            args: ['--automation', ...(webgl ? [] : ['--enable-webgl=false'])],
          },
          timeouts: { script: WEBKIT_SCRIPT_MS, pageLoad: WEBKIT_SCRIPT_MS },
        },
      },
    })) as { sessionId: string };
    activeSession = created.sessionId;
    return activeSession;
  };
  // Which window each session is switched to, so a page switches only when needed.
  const current = new Map<string, string>();

  const pageOf = (session: string, handle: string, main: boolean): EnginePage => {
    const at = async () => {
      if (current.get(session) !== handle) {
        await send('POST', `/session/${session}/window`, { handle });
        current.set(session, handle);
      }
    };
    const run = async (fn: string, args: unknown[], inFrame = false): Promise<never> => {
      await at();
      if (inFrame) {
        const frame = await send('POST', `/session/${session}/element`, { using: 'css selector', value: 'iframe' });
        await send('POST', `/session/${session}/frame`, { id: frame });
      }
      try {
        const result = (await send('POST', `/session/${session}/execute/async`, { script: asyncScript(fn), args })) as
          { ok: true; value: never } | { ok: false; error: string };
        if (!result.ok) throw new Error(`WebKit: in the page: ${result.error}`);
        return result.value;
      } finally {
        if (inFrame) await send('POST', `/session/${session}/frame/parent`, {});
      }
    };
    const press = async (key: Key) => {
      await at();
      const value = WEBDRIVER_KEYS[key];
      await send('POST', `/session/${session}/actions`, {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
      await send('DELETE', `/session/${session}/actions`);
    };
    return {
      async goto(url) {
        await at();
        await send('POST', `/session/${session}/url`, { url });
        // WebKitGTK may drop a key pressed the moment the navigation returns; once a script has
        // run in the new document, it delivers them (seen with the first move of the slides).
        await poll('the page to be loaded', () => run('() => document.readyState === "complete"', []), 30_000);
      },
      evaluate: (fn, ...args) => run(fn.toString(), args),
      async inject(source) {
        await at();
        await send('POST', `/session/${session}/execute/sync`, { script: `${source}\n;return null;`, args: [] });
      },
      waitFor: (what, fn, args, timeout = 30_000) => poll(what, () => run(fn.toString(), args), timeout),
      press,
      async pressAndOpen(key) {
        await at();
        const before = new Set((await send('GET', `/session/${session}/window/handles`)) as string[]);
        await press(key);
        let opened: string | undefined;
        await poll('a new window', async () => {
          opened = ((await send('GET', `/session/${session}/window/handles`)) as string[]).find((h) => !before.has(h));
          return opened;
        }, 15_000);
        return pageOf(session, opened!, false);
      },
      evaluateInFrame: (fn, ...args) => run(fn.toString(), args, true),
      async close() {
        if (main) {
          await send('DELETE', `/session/${session}`);
          activeSession = undefined;
        } else {
          await at();
          await send('DELETE', `/session/${session}/window`);
        }
        current.delete(session);
      },
    };
  };

  return {
    name: 'webkit',
    async newPage(viewport) {
      const session = await newSession();
      const handle = (await send('GET', `/session/${session}/window`)) as string;
      current.set(session, handle);
      // The window's size includes MiniBrowser's own bar: size it, then correct by what the page measures.
      await send('POST', `/session/${session}/window/rect`, { width: viewport.width, height: viewport.height });
      await send('POST', `/session/${session}/url`, { url: 'about:blank' });
      const inner = (await send('POST', `/session/${session}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] })) as [number, number];
      await send('POST', `/session/${session}/window/rect`, {
        width: viewport.width + (viewport.width - inner[0]), height: viewport.height + (viewport.height - inner[1]),
      });
      return pageOf(session, handle, true);
    },
    async reset() {
      if (hung) {
        // A browser that stopped answering is not asked again: a new driver, and with it a new browser.
        if (driver?.pid) process.kill(-driver.pid, 'SIGKILL');
        hung = false;
        activeSession = undefined;
        current.clear();
        await startDriver();
        return;
      }
      if (activeSession !== undefined) await send('DELETE', `/session/${activeSession}`).catch(() => undefined);
      activeSession = undefined;
    },
    async close() {
      if (activeSession !== undefined && !hung) await send('DELETE', `/session/${activeSession}`).catch(() => undefined);
      activeSession = undefined;
      if (hung && driver?.pid) process.kill(-driver.pid, 'SIGKILL');
      else driver?.kill();
    },
  };
}
