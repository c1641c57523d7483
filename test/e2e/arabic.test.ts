/**
 * The Arabic edition (issue 16) in Chromium with WebGL: every /ar/ route is
 * `lang="ar" dir="rtl"`, linked both ways with hreflang, carries the
 * English DOM hooks and passes axe; no interface text in Latin script is
 * left apart from what the glossary allows (and what is marked English:
 * the quoted titles of English sources and /data/'s technical tables); the
 * four charts are Arabic; on a desktop the text column is right of the map; the map follows
 * the story through all ten chapters with Arabic labels; ← and PageDown move
 * the slides forward and the notes follow; an Arabic card sizes itself with
 * pym.js; the handout prints every chapter title; the language switch lands
 * on the same chapter; the Arabic oEmbed carries the Arabic title.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHAPTER_IDS } from '../../src/model/ids';
import { axeViolations, DESKTOP, openPage, PHONE, readerStarts, scrollToChapter, useBrowser, waitForChapterOnMap, waitForStage } from './browser';
import { startEmbedHost } from './embed-host';

const base = inject('baseUrl');
const site = base.replace(/\/$/, '');
const browser = useBrowser();
const LOAD_MS = 90_000;
const SLOW_TEST_MS = 240_000;

const ROUTES = ['ar/', 'ar/present/', 'ar/present/notes/', 'ar/handout/', 'ar/embed/', 'ar/embed/rafah/', 'ar/data/'];
const glossary = JSON.parse(readFileSync('src/content/glossary.json', 'utf8')) as { keepInLatin: { patterns: string[] } };
const KEEP = glossary.keepInLatin.patterns.map((p) => new RegExp(p));
const ARABIC_TITLES = CHAPTER_IDS.map((id) => /^title: (.*)$/m.exec(readFileSync(`src/content/chapters/ar/${id}.md`, 'utf8'))![1]!.replace(/^'|'$/g, ''));
const ARABIC = /[\u0600-\u06FF]/;

/** Words in Latin script in the page's text and accessible names, outside what is marked English, code and snippets. */
const latinWords = (page: Page | Frame) =>
  page.evaluate(() => {
    const skip = (el: Element | null) => Boolean(el?.closest('[lang="en"], code, textarea, script, style, noscript, .maplibregl-ctrl-attrib'));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!skip(n.parentElement)) found.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (!skip(el)) found.push(...['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    }
    found.push(document.title);
    return found.flatMap((t) => t.split(/[\s،؛:()«»"“”,;·/]+/)).map((w) => w.replace(/^\.+|\.+$/g, '')).filter((w) => /[A-Za-z]/.test(w));
  });

describe('every Arabic route', () => {
  test.each(ROUTES)('/%s: lang="ar" dir="rtl", hreflang both ways, the DOM hooks, axe finds nothing, no Latin interface text', async (route) => {
    const { context, page, errors, foreign } = await openPage(browser(), base, DESKTOP, route);
    expect(await page.$eval('html', (h) => [h.lang, h.dir])).toEqual(['ar', 'rtl']);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    const english = `/${route.slice(3)}`;
    expect(alternates.sort()).toEqual([`ar /${route}`, `en ${english}`, `x-default ${english}`].sort());
    // The switch goes to the same page in English, and the English page comes back here.
    expect(await page.$eval('[data-lang-switch]', (a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(english);
    // Every chart on the page is drawn in Arabic (none is marked English).
    expect(await page.$$eval('figure[data-chart]', (fs) => fs.filter((f) => f.closest('[lang="en"]')).length)).toBe(0);
    if (!route.includes('notes') && route !== 'ar/data/' && route !== 'ar/handout/') {
      expect(await page.$$eval('section[data-chapter]', (s) => s.map((e) => e.id))).toEqual([...CHAPTER_IDS]);
      expect(await page.$$('[data-map-stage][data-state][data-chapter]')).toHaveLength(1);
    }
    const latin = (await latinWords(page)).filter((w) => !KEEP.some((re) => re.test(w)));
    expect(latin, 'Latin-script words outside the glossary’s allowance').toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    const back = await openPage(browser(), base, DESKTOP, route.slice(3));
    expect(await back.page.$eval('[data-lang-switch]', (a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(`/${route}`);
    await back.context.close();
    await context.close();
  }, 60_000);

  test('every Arabic page shows the Arabic dateline', async () => {
    const dateline = (JSON.parse(readFileSync('src/content/story/ar.json', 'utf8')) as { dateline: string }).dateline;
    for (const route of ROUTES) {
      const { context, page } = await openPage(browser(), base, PHONE, route);
      expect(await page.$eval('[data-dateline]', (el) => el.textContent), route).toBe(dateline);
      await context.close();
    }
  }, 60_000);

  test('the Arabic oEmbed JSON and the Arabic snippets carry the Arabic title and the Arabic embed', async () => {
    const json = (await (await fetch(`${base}ar/oembed/rafah.json`)).json()) as { title: string; html: string; provider_name: string };
    expect(json.title).toContain(ARABIC_TITLES[1]);
    // Absolute URLs from the build's SITE_URL (localhost:4321 here), under /ar/.
    expect(json.html).toMatch(/src="https?:\/\/[^/]+\/ar\/embed\/rafah\/"/);
    expect(json.provider_name).toMatch(ARABIC);
    const story = (await (await fetch(`${base}ar/oembed/story.json`)).json()) as { title: string; html: string };
    expect(story.title).toMatch(ARABIC);
    expect(story.html).toMatch(/src="https?:\/\/[^/]+\/ar\/embed\/"/);
    const html = await (await fetch(`${base}ar/embed/rafah/`)).text();
    expect(html).toMatch(/type="application\/json\+oembed" href="https?:\/\/[^/]+\/ar\/oembed\/rafah\.json"/);
    const page = await (await fetch(`${base}ar/`)).text();
    expect(page).toMatch(/data-snippet="(?:<|&lt;)iframe src=&quot;https?:\/\/[^/]+\/ar\/embed\/rafah\/&quot; title=&quot;[^&]*[\u0600-\u06FF]/);
  });
});

describe('the Arabic face', () => {
  test('has every Arabic character the built pages use (scripts/arabic-font.mjs cut it to them)', () => {
    const kept = new Set(readFileSync('.cache/fonts/chars.txt', 'utf8'));
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const used = new Set(walk('dist/ar').filter((f) => /\.(html|json)$/.test(f)).flatMap((f) => [...readFileSync(f, 'utf8')].filter((c) => /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(c))));
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((c) => !kept.has(c))).toEqual([]);
  });
});

describe('the Arabic story', () => {
  test('says at the top that it is a translation, with the report’s date', async () => {
    const { context, page } = await openPage(browser(), base, PHONE, 'ar/');
    const note = await page.$eval('[data-translation-note]', (el) => el.textContent ?? '');
    expect(note).toMatch(/ترجمة/);
    expect(note).toContain('6–7 نوفمبر 2025');
    await context.close();
  });

  test('on a desktop the text column is on the right of the map; the map follows all ten chapters; Arabic labels at Rafah', async () => {
    const { context, page, errors } = await openPage(browser(), base, { ...DESKTOP, reducedMotion: 'reduce' }, 'ar/');
    const box = (sel: string) => page.$eval(sel, (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    const text = await box('#story-chapters');
    const map = await box('.stage-column');
    expect(text.left).toBeGreaterThanOrEqual(map.right - 1);
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    for (const id of CHAPTER_IDS) {
      await scrollToChapter(page, id);
      await waitForChapterOnMap(page, id);
      if (id === 'rafah') {
        await page.waitForFunction(() => (JSON.parse(document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.labels ?? '[]') as string[]).includes('رفح'), null, { timeout: 20_000 });
        const labels = await page.$eval('[data-map-stage]', (s) => JSON.parse((s as HTMLElement).dataset.labels!) as string[]);
        expect(labels.length).toBeGreaterThan(3);
        for (const l of labels) expect(l, 'every label in Arabic script').toMatch(/[\u0600-\u06FF]/);
        expect(labels.some((l) => /[A-Za-z]/.test(l))).toBe(false);
        expect(labels).toContain('معبر رفح');
        // The scale bar and the key speak Arabic too.
        expect(await page.$eval('[data-scale-bar]', (el) => el.textContent)).toMatch(/كم|م$/);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW_TEST_MS);

  test('the language switch lands on the same chapter, both ways', async () => {
    const { context, page } = await openPage(browser(), base, { ...PHONE, reducedMotion: 'reduce' }, 'ar/#the-deal');
    await page.waitForFunction(() => location.hash === '#the-deal', null, { timeout: 60_000 });
    // On to the next chapter with the chapter buttons (a scroll's landing depends on timing).
    await page.click('.chapter-nav [data-step="1"]');
    await page.waitForFunction(() => location.hash === '#next-phase', null, { timeout: 60_000 });
    // The switch at hand while reading (in the chapter buttons), not the header's up at the top.
    await page.click('.chapter-nav [data-lang-switch]');
    await page.waitForURL((u) => u.pathname === '/');
    expect(new URL(page.url()).hash).toBe('#next-phase');
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
    // The English story opens at that chapter, and its switch leads back to it.
    await page.waitForFunction(() => (document.querySelector<HTMLAnchorElement>('.chapter-nav [data-lang-switch]')?.hash) === '#next-phase', null, { timeout: 60_000 });
    await page.click('.chapter-nav [data-lang-switch]');
    await page.waitForURL((u) => u.pathname === '/ar/');
    expect(new URL(page.url()).hash).toBe('#next-phase');
    await context.close();
  }, 150_000);
});

describe('the Arabic slides and the presenter’s window', () => {
  test('← and PageDown move forward, → back; the notes follow; the switch keeps the slide', async () => {
    const { context, page, errors } = await openPage(browser(), base, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, 'ar/present/');
    const activeId = () => page.$eval('section[data-active]', (s) => s.id);
    await readerStarts(page);
    await waitForStage(page, 'ready', LOAD_MS);
    await page.keyboard.press('ArrowLeft');
    await waitForChapterOnMap(page, 'rafah');
    expect(await activeId()).toBe('rafah');
    await page.keyboard.press('PageDown');
    await waitForChapterOnMap(page, 'ceasefire');
    await page.keyboard.press('ArrowRight');
    await waitForChapterOnMap(page, 'rafah');
    expect(new URL(page.url()).hash).toBe('#rafah');
    // The panel is on the right: the map keeps its features clear of it, on the left.
    const panel = await page.$eval('section[data-active] .slide-panel', (el) => el.getBoundingClientRect().left);
    expect(panel).toBeGreaterThan(640);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('n');
    const notes = await popup;
    await notes.waitForSelector('[data-notes][data-connected]');
    expect(await notes.$eval('html', (h) => [h.lang, h.dir])).toEqual(['ar', 'rtl']);
    await notes.waitForFunction(() => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === '1');
    await page.bringToFront();
    await page.keyboard.press('ArrowLeft');
    await notes.waitForFunction(() => document.querySelector<HTMLElement>('[data-notes]')?.dataset.index === '2');
    // And the notes move the slides the same way: ← forward.
    await notes.bringToFront();
    await notes.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('section[data-active]')?.id === 'the-200');
    expect(await notes.$eval('[data-notes-for="the-200"] h3', (h) => h.textContent)).toMatch(ARABIC);
    await page.bringToFront();
    expect(await page.$eval('[data-lang-switch]', (a) => (a as HTMLAnchorElement).hash)).toBe('#the-200');
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW_TEST_MS);
});

describe('an Arabic card through pym.js on another origin', () => {
  let hostServer: Awaited<ReturnType<typeof startEmbedHost>>;
  beforeAll(async () => {
    hostServer = await startEmbedHost();
  });
  afterAll(async () => {
    await hostServer?.stop();
  });

  test('sizes itself to its content, and is right to left inside', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostServer.host}/pym.html?src=${encodeURIComponent(`${site}/ar/embed/rafah/`)}`);
    let frame: Frame | undefined;
    await expect.poll(async () => {
      frame = page.frames().find((f) => f.url().startsWith(`${site}/ar/embed/`));
      return Boolean(frame && (await frame.$('[data-embed-content]').catch(() => null)));
    }, { timeout: 20_000 }).toBe(true);
    await (await frame!.frameElement()).scrollIntoViewIfNeeded();
    expect(new URL(frame!.url()).searchParams.get('childId')).toBe('embed-container');
    expect(await frame!.$eval('html', (h) => [h.lang, h.dir])).toEqual(['ar', 'rtl']);
    await expect.poll(async () => {
      const frameHeight = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
      const content = await frame!.$eval('[data-embed-content]', (el) => el.getBoundingClientRect().height);
      return Math.abs(frameHeight - content) <= 2 && content > 100;
    }, { timeout: 15_000 }).toBe(true);
    // ← steps forward in a right-to-left card.
    await frame!.focus('[data-embed-step="1"]');
    await page.keyboard.press('ArrowLeft');
    expect(await frame!.$eval('section[data-active]', (s) => s.id)).toBe('ceasefire');
    await context.close();
  }, 60_000);
});

describe('the Arabic handout', () => {
  test('prints every chapter title, right to left, with the timeline running right to left', async () => {
    const { context, page } = await openPage(browser(), base, { viewport: { width: 794, height: 1123 } }, 'ar/handout/');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.handout-chapter h3', (hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent ?? ''));
    expect(printed).toHaveLength(CHAPTER_IDS.length);
    ARABIC_TITLES.forEach((title, i) => expect(printed[i], CHAPTER_IDS[i]).toContain(title));
    expect(await page.$eval('.handout-points', (ul) => getComputedStyle(ul).paddingRight)).not.toBe('0px');
    // The timeline is in Arabic and runs right to left: October right of November, and its first event right of its last.
    const months = await page.$$eval('.handout-timeline [data-month]', (ts) => ts.map((t) => [t.textContent, Number(t.getAttribute('x'))] as const));
    expect(months.map(([m]) => m)).toEqual(['أكتوبر', 'نوفمبر']);
    expect(months[0]![1]).toBeGreaterThan(months[1]![1]);
    const x = (id: string) => page.$eval(`.handout-timeline [data-event="${id}"]`, (c) => Number(c.getAttribute('cx')));
    expect(await x('ceasefire')).toBeGreaterThan(await x('witkoff-statement'));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  }, 60_000);
});
