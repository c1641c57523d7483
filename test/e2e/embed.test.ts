/**
 * The embeds in a newsroom's page: a host page on another origin of the
 * loopback (127.0.0.2) frames /embed/… from the site (127.0.0.1), through
 * pym.js's own parent script and through a plain Datawrapper-style listener.
 * The frame must fit its content at phone and desktop widths, follow it as
 * the reader steps through chapters, work sandboxed, load nothing from
 * anywhere else, survive hostile query strings and unknown chapters; the
 * story's Embed button must offer the right snippet and copy it.
 */
import { axeViolations as sharedAxe } from './axe';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import type { MapChapter } from '../../src/map/shared/camera';
import { iframeSnippet } from '../../src/embed/snippet';
import { chapterTarget, storyTarget } from '../../src/embed/targets';
import { launch } from './browser';
import { startEmbedHost } from './embed-host';

const base = inject('baseUrl');
const site = base.replace(/\/$/, '');
/** The site URL the build writes into snippets (astro.config.mjs). */
const BUILD_SITE = 'http://localhost:4321';
const PHONE_WIDTH = 375;
const DESKTOP_WIDTH = 1200;
/** How far the frame may differ from its content, in CSS px. */
const TOLERANCE = 3;

let browser: Browser;
let embedHost: Awaited<ReturnType<typeof startEmbedHost>> | undefined;
let host: string;

beforeAll(async () => {
  embedHost = await startEmbedHost();
  host = embedHost.host;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await embedHost?.stop();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  requests: { url: string; frame: string }[];
}

async function open(url: string, width: number, options: { permissions?: string[] } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: site });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: { url: string; frame: string }[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.text().includes('GL Driver Message')) return;
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    let frame = '';
    try {
      frame = r.frame().url();
    } catch {
      frame = '(worker)';
    }
    requests.push({ url: r.url(), frame });
  });
  await page.goto(url);
  return { context, page, errors, requests };
}

const hostPage = (kind: 'pym' | 'listener', src: string, sandbox?: string) =>
  `${host}/${kind}.html?src=${encodeURIComponent(src)}${sandbox ? `&sandbox=${encodeURIComponent(sandbox)}` : ''}`;

async function embedFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(`${site}/embed/`));
    if (frame && (await frame.$('[data-embed-content]').catch(() => null))) {
      // As a reader would: Chromium pauses rendering in cross-origin frames off screen.
      await (await frame.frameElement()).scrollIntoViewIfNeeded();
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no embed frame in ${page.url()}: ${page.frames().map((f) => f.url())}`);
    await page.waitForTimeout(100);
  }
}

interface Fit {
  frameHeight: number;
  contentHeight: number;
  scrollHeight: number;
  clientHeight: number;
}

async function measureFit(page: Page, frame: Frame): Promise<Fit> {
  const frameHeight = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    contentHeight: document.querySelector('[data-embed-content]')!.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { frameHeight, ...inner };
}

const fits = (f: Fit) =>
  Math.abs(f.frameHeight - f.contentHeight) <= TOLERANCE && f.scrollHeight <= f.clientHeight + 1 && f.contentHeight > 100;

/** Wait until the frame is as tall as its content (no scrollbar, no empty space); returns the measures. */
async function expectFits(page: Page, frame: Frame, timeout = 15_000): Promise<Fit> {
  const deadline = Date.now() + timeout;
  let last = await measureFit(page, frame);
  while (!fits(last) && Date.now() < deadline) {
    await page.waitForTimeout(150);
    last = await measureFit(page, frame);
  }
  expect(fits(last), JSON.stringify(last)).toBe(true);
  return last;
}

const shownChapter = (frame: Frame) =>
  frame.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('section[data-chapter]')].filter((s) => !s.hidden);
    return {
      shown: shown.map((s) => s.id),
      active: document.querySelector('section[data-active]')?.id,
      stage: document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.chapter,
      poster: document.querySelector('[data-map-stage] .map-posters svg')?.getAttribute('data-static-map'),
    };
  });

/** Every request goes to the host page's origin or the embed's; the frame's only to the embed's. */
function expectOnlyOwnOrigins(requests: Opened['requests']) {
  const foreign = requests.filter((r) => !r.url.startsWith(`${host}/`) && !r.url.startsWith(`${site}/`) && !/^(data|blob):/.test(r.url));
  expect(foreign).toEqual([]);
  const fromFrame = requests.filter((r) => r.frame.startsWith(`${site}/`) && !r.url.startsWith(`${site}/`) && !/^(data|blob):/.test(r.url));
  expect(fromFrame).toEqual([]);
}

/** axe-core's violations in a frame or page (optionally within one element). */
const axeViolations = (target: Frame | Page, include?: string) => sharedAxe(target, [], include);

const storyChapters = async (frame: Frame) =>
  frame.evaluate(() => JSON.parse(document.getElementById('chapters-data')!.textContent!) as MapChapter[]);

describe('a chapter card through pym.js on another origin', () => {
  let o: Opened;
  let frame: Frame;
  beforeAll(async () => {
    o = await open(hostPage('pym', `${site}/embed/rafah/`), PHONE_WIDTH);
    frame = await embedFrame(o.page);
  });
  afterAll(async () => {
    await o?.context.close();
  });

  test('pym gives the frame its childId, and the frame fits its content on a phone', async () => {
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('embed-container');
    const fit = await expectFits(o.page, frame);
    console.info(`card /embed/rafah/ via pym at ${PHONE_WIDTH}px: ${JSON.stringify(fit)}`);
    expect(await shownChapter(frame)).toEqual({ shown: ['rafah'], active: 'rafah', stage: 'rafah', poster: 'rafah' });
    // Until the reader moves over the card, it shows its poster and loads no map.
    expect(await frame.getAttribute('[data-map-stage]', 'data-state')).toBe('poster');
    expect(o.requests.filter((r) => /maplibre|\.geojson/.test(r.url))).toEqual([]);
    // The page the frame is in is an embed: no site chrome.
    expect(await frame.$$('header.story-header, footer.story-footer, .skip-link')).toHaveLength(0);
  });

  test('follows a resize to desktop width and back', async () => {
    const phone = await measureFit(o.page, frame);
    await o.page.setViewportSize({ width: DESKTOP_WIDTH, height: 800 });
    const desktop = await expectFits(o.page, frame);
    console.info(`card via pym at ${DESKTOP_WIDTH}px: ${JSON.stringify(desktop)}`);
    // Side by side on a wide frame: a different height from the phone's stacked card.
    expect(Math.abs(desktop.frameHeight - phone.frameHeight)).toBeGreaterThan(20);
    await o.page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    await expectFits(o.page, frame);
  });

  test('steps through chapters with the buttons and the arrow keys, inside the frame, without moving the host page', async () => {
    const iframe = await o.page.$('iframe');
    await iframe!.scrollIntoViewIfNeeded();
    const hostScroll = await o.page.evaluate(() => window.scrollY);
    expect(hostScroll).toBeGreaterThan(0);
    const heights = new Set<number>();

    await frame.click('[data-embed-step="1"]');
    expect((await shownChapter(frame)).active).toBe('ceasefire');
    heights.add((await expectFits(o.page, frame)).frameHeight);

    // Focus is in the card (on the Next button): the arrow keys step.
    for (const id of CHAPTER_IDS.slice(3)) {
      await o.page.keyboard.press('ArrowRight');
      expect(await shownChapter(frame)).toMatchObject({ shown: [id], active: id, stage: id });
      heights.add((await expectFits(o.page, frame)).frameHeight);
    }
    // At the end, Next does nothing; Previous and ← go back.
    await o.page.keyboard.press('ArrowRight');
    expect((await shownChapter(frame)).active).toBe('open-questions');
    expect(await frame.getAttribute('[data-embed-step="1"]', 'aria-disabled')).toBe('true');
    await o.page.keyboard.press('ArrowLeft');
    expect((await shownChapter(frame)).active).toBe('abraham-accords');
    await frame.click('[data-embed-step="-1"]');
    expect((await shownChapter(frame)).active).toBe('border-security');
    await expectFits(o.page, frame);
    expect(await frame.textContent('[data-embed-position]')).toBe(`Chapter 8 of ${CHAPTER_IDS.length}`);
    // The chapters differ in length: the frame really followed.
    expect(heights.size).toBeGreaterThan(2);

    // The host page did not scroll and its focus stayed on the frame.
    expect(await o.page.evaluate(() => window.scrollY)).toBe(hostScroll);
    expect(await o.page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    // The link to the full story follows the card, and opens a new tab.
    const link = await frame.$eval('section[data-active] .embed-story-link a', (a) => ({
      href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel'),
    }));
    expect(link).toEqual({ href: `${site}/#border-security`, target: '_blank', rel: 'noopener' });

    // Stepping from the story link, which is hidden with its chapter: focus
    // moves to the new chapter's link, and still nothing scrolls the host.
    await frame.focus('section[data-active] .embed-story-link a');
    const scrollBefore = await o.page.evaluate(() => window.scrollY);
    await o.page.keyboard.press('ArrowRight');
    expect(await frame.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('abraham-accords');
    expect(await o.page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    // The reader's moves started the live map in the card.
    await frame.waitForSelector('[data-map-stage][data-state="ready"]', { timeout: 30_000 });
  });

  test('passes axe-core', async () => {
    expect(await axeViolations(frame)).toEqual([]);
  });

  test('loads nothing from a third party, and reports no errors', async () => {
    expectOnlyOwnOrigins(o.requests);
    expect(o.requests.some((r) => r.url.startsWith(`${site}/embed/rafah/`))).toBe(true);
    expect(o.errors).toEqual([]);
  });
});

describe('the whole story, sandboxed (allow-scripts only), with a Datawrapper-style listener', () => {
  let o: Opened;
  let frame: Frame;
  beforeAll(async () => {
    o = await open(hostPage('listener', `${site}/embed/`, 'allow-scripts'), PHONE_WIDTH);
    frame = await embedFrame(o.page);
  });
  afterAll(async () => {
    await o?.context.close();
  });

  test('runs with an opaque origin and sends Datawrapper and AMP height messages (no pym without a childId)', async () => {
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    const fit = await expectFits(o.page, frame);
    console.info(`story /embed/ sandboxed at ${PHONE_WIDTH}px: ${JSON.stringify(fit)}`);
    const received = (await o.page.evaluate(() => (window as unknown as { received: unknown[] }).received)) as unknown[];
    expect(received).toContainEqual({ 'datawrapper-height': { 'rafah-story': fit.frameHeight } });
    expect(received).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: fit.frameHeight });
    expect(received.filter((m) => typeof m === 'string')).toEqual([]);
    // Only when the height changed: no two identical heights in a row.
    const dw = received.filter((m): m is { 'datawrapper-height': Record<string, number> } => typeof m === 'object' && m !== null && 'datawrapper-height' in m);
    dw.slice(1).forEach((m, i) => expect(m['datawrapper-height']['rafah-story']).not.toBe(dw[i]!['datawrapper-height']['rafah-story']));
  });

  test('steps through the story with buttons, keys and a swipe; the frame follows at both widths', async () => {
    const chapters = await storyChapters(frame);
    expect(chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    expect((await shownChapter(frame)).shown).toEqual(['proposal']);
    await frame.click('[data-embed-step="1"]');
    expect((await shownChapter(frame)).shown).toEqual(['rafah']);
    await expectFits(o.page, frame);
    await o.page.keyboard.press('ArrowRight');
    expect((await shownChapter(frame)).shown).toEqual(['ceasefire']);
    await expectFits(o.page, frame);

    // A leftward swipe on the text is "next".
    await frame.evaluate(() => {
      const el = document.querySelector('section[data-active]')!;
      const r = el.getBoundingClientRect();
      const at = (type: string, x: number) =>
        el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 7, pointerType: 'touch', clientX: x, clientY: r.top + 20 }));
      at('pointerdown', r.right - 20);
      at('pointerup', r.left + 20);
    });
    expect((await shownChapter(frame)).shown).toEqual(['the-200']);
    await expectFits(o.page, frame);

    await o.page.setViewportSize({ width: DESKTOP_WIDTH, height: 800 });
    const desktop = await expectFits(o.page, frame);
    console.info(`story sandboxed at ${DESKTOP_WIDTH}px: ${JSON.stringify(desktop)}`);
    await frame.click('[data-embed-step="-1"]');
    expect((await shownChapter(frame)).shown).toEqual(['ceasefire']);
    await expectFits(o.page, frame);
  });

  test('the map is the live map or, if it cannot be, the still map with a reason; no errors, no foreign requests', async () => {
    await frame.waitForSelector('[data-map-stage][data-state="ready"], [data-map-stage][data-state="fallback"]', { timeout: 30_000 });
    const state = await frame.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.state);
    // The site's server allows cross-origin reads (scripts, fonts, worker, layers), so even an opaque origin gets the live map.
    expect(state).toBe('ready');
    expect(await frame.evaluate(() => document.querySelectorAll('[data-map-stage] .map-posters svg').length)).toBe(1);
    expectOnlyOwnOrigins(o.requests);
    expect(o.errors).toEqual([]);
  });
});

describe('unknown chapters and hostile query strings', () => {
  let o: Opened;
  afterAll(async () => {
    await o?.context.close();
  });

  test('an unknown chapter gives a small not-found card, with a link to the story, that sizes its frame', async () => {
    o = await open(hostPage('listener', `${site}/embed/no-such-chapter/`, 'allow-scripts allow-popups'), PHONE_WIDTH);
    const frame = await embedFrame(o.page);
    expect(await frame.$('[data-not-found]')).not.toBeNull();
    const link = await frame.$eval('[data-not-found] a', (a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') }));
    expect(link).toEqual({ href: `${site}/`, target: '_blank' });
    const fit = await expectFits(o.page, frame);
    expect(fit.frameHeight).toBeLessThan(400);
    const received = await o.page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    expect(received).toContainEqual({ 'datawrapper-height': { 'no-such-chapter': fit.frameHeight } });
    // The not-found page is served with status 404, which Chromium logs; nothing else may fail.
    expect(o.errors.filter((e) => !e.startsWith(`404 ${site}/embed/no-such-chapter/`) && !e.includes('status of 404'))).toEqual([]);
    await o.context.close();
  });

  test('a hostile childId and embedId are dropped, never reflected', async () => {
    const hostile = new URLSearchParams({
      childId: '<script>parent.postMessage("pwned-child","*")</script>',
      embedId: '"><img src=x onerror="parent.postMessage(\'pwned-embed\',\'*\')">',
      initialWidth: '375',
    });
    o = await open(hostPage('listener', `${site}/embed/proposal/?${hostile}`), PHONE_WIDTH);
    const frame = await embedFrame(o.page);
    const fit = await expectFits(o.page, frame);
    await o.page.waitForTimeout(500);
    const received = (await o.page.evaluate(() => (window as unknown as { received: unknown[] }).received)) as unknown[];
    expect(received).toContainEqual({ 'datawrapper-height': { proposal: fit.frameHeight } });
    expect(received.filter((m) => typeof m === 'string')).toEqual([]);
    expect(JSON.stringify(received)).not.toMatch(/pwned|script|img/);
    expect(await frame.$$('img, script:not([type="module"]):not([type="application/json"])')).toHaveLength(0);
    expect(await frame.content()).not.toMatch(/pwned|onerror/);
    expect(o.errors).toEqual([]);

    // Messages from the parent that are not one of the three protocols are
    // ignored, and none is written into the page.
    const before = received.length;
    await o.page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      w.postMessage('<img src=x onerror=alert(1)>', '*');
      w.postMessage({ 'datawrapper-height': { x: '<b>' } }, '*');
      w.postMessage('pymxPYMx<x>xPYMxwidthxPYMx1', '*');
    });
    await o.page.waitForTimeout(300);
    expect(await frame.$$('img, b')).toHaveLength(0);
    expect(((await o.page.evaluate(() => (window as unknown as { received: unknown[] }).received)) as unknown[]).length).toBe(before);
    expect(o.errors).toEqual([]);
  });
});

describe('the Embed button in the story', () => {
  let o: Opened;
  afterAll(async () => {
    await o?.context.close();
  });

  test('opens a dialog with the snippets and a preview that sizes itself; Copy copies, or selects when the clipboard is refused', async () => {
    o = await open(`${site}/#the-200`, 1200, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = o;
    const titles = await page.evaluate(
      () => (JSON.parse(document.getElementById('chapters-data')!.textContent!) as MapChapter[]).map((c) => [c.id, c.title]),
    );
    const title = Object.fromEntries(titles)['the-200'] as string;
    await page.locator('#the-200 [data-embed-open]').click();
    // One dialog for the page, filled by the button that opened it.
    expect(await page.locator('dialog').count()).toBe(1);
    const dialog = page.locator('dialog[data-embed-dialog]');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);

    const chapterSnippet = iframeSnippet(chapterTarget(BUILD_SITE, { id: 'the-200', title }));
    const storySnippet = iframeSnippet(storyTarget(BUILD_SITE));
    const areas = await dialog.locator('textarea').evaluateAll((els) =>
      els.map((e) => ({ value: (e as HTMLTextAreaElement).value, readOnly: (e as HTMLTextAreaElement).readOnly })),
    );
    expect(areas).toEqual([{ value: chapterSnippet, readOnly: true }, { value: storySnippet, readOnly: true }]);
    expect(chapterSnippet).toContain(`src="${BUILD_SITE}/embed/the-200/"`);
    expect(chapterSnippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');

    // The live preview is the chapter's card, sized by its own messages.
    const preview = dialog.locator('iframe[data-embed-preview]');
    expect(await preview.getAttribute('src')).toBe('/embed/the-200/');
    const previewFrame = await embedFrame(page);
    await page.waitForFunction(() => {
      const f = document.querySelector<HTMLIFrameElement>('dialog iframe[data-embed-preview]')!;
      return f.height !== '640';
    });
    const previewHeight = Number(await preview.getAttribute('height'));
    const content = await previewFrame.$eval('[data-embed-content]', (el) => el.getBoundingClientRect().height);
    expect(Math.abs(previewHeight - content)).toBeLessThanOrEqual(TOLERANCE);

    await dialog.locator('[data-embed-copy="embed-chapter-snippet"]').click();
    await expect.poll(() => dialog.locator('[data-embed-copy-status]').textContent()).toBe('Copied the snippet.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chapterSnippet);

    // A browser that refuses the clipboard: the snippet is selected instead.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await dialog.locator('[data-embed-copy="embed-story-snippet"]').click();
    await expect.poll(() => page.evaluate(() => {
      const a = document.activeElement as HTMLTextAreaElement;
      return a.id === 'embed-story-snippet' && a.selectionStart === 0 && a.selectionEnd === a.value.length;
    })).toBe(true);
    expect(await dialog.locator('[data-embed-copy-status]').textContent()).toMatch(/selected/);

    expect(await axeViolations(page, 'dialog[data-embed-dialog]')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-embed-open'))).toBe(true);
    expect(await page.$$eval('[data-embed-open]', (els) => els.length)).toBe(CHAPTER_IDS.length);

    // Another chapter's button fills the same dialog with its own snippet and preview.
    const other = CHAPTER_IDS.find((id) => id !== 'the-200')!;
    await page.locator(`#${other} [data-embed-open]`).click();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const otherSnippet = iframeSnippet(chapterTarget(BUILD_SITE, { id: other, title: Object.fromEntries(titles)[other] as string }));
    expect(await dialog.locator('#embed-chapter-snippet').inputValue()).toBe(otherSnippet);
    expect(await preview.getAttribute('src')).toBe(`/embed/${other}/`);
    expect(await dialog.locator('[data-embed-copy-status]').textContent()).toBe('');
    await page.keyboard.press('Escape');
    expect(o.errors).toEqual([]);
  });

  test('every embeddable page links its oEmbed JSON, and the JSON carries the snippet', async () => {
    const { page } = o;
    const links: Record<string, string> = {};
    for (const path of ['/', '/embed/', '/embed/the-deal/']) {
      const html = await (await page.request.get(site + path)).text();
      links[path] = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? '';
    }
    expect(links).toEqual({
      '/': `${BUILD_SITE}/oembed/story.json`,
      '/embed/': `${BUILD_SITE}/oembed/story.json`,
      '/embed/the-deal/': `${BUILD_SITE}/oembed/the-deal.json`,
    });
    const json = await (await page.request.get(`${site}/oembed/the-deal.json`)).json();
    expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${BUILD_SITE}/` });
    expect(json.html).toContain(`src="${BUILD_SITE}/embed/the-deal/"`);
  });
});
