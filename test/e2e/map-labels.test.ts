/**
 * What the live map names, as a reader would see it (issue 14): the stage's
 * data-labels lists the labels MapLibre has placed in view once the map is
 * idle; at a phone and a desktop size the close-up names Rafah, its
 * governorate and its crossing, and the force map names every likely member
 * and its capital. Labels of hidden layers take no room from shown ones.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, PHONE, openPage, readerStarts, useBrowser, waitForStage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** The slides at `chapter` with the live map ready and settled, and the labels it has placed (the slides show one chapter's map over the whole screen). */
async function labelsAt(options: typeof DESKTOP, chapter: string) {
  const { context, page, errors } = await openPage(browser(), base, options, `present/#${chapter}`);
  await readerStarts(page);
  await waitForStage(page, 'ready');
  const labels = await settledLabels(page, chapter);
  return { page, labels, errors, close: () => context.close() };
}

async function settledLabels(page: Page, chapter: string): Promise<string[]> {
  await page.waitForFunction((id) => {
    const s = document.querySelector<HTMLElement>('[data-map-stage]');
    return s?.dataset.chapter === id && s.dataset.camera === 'idle' && s.dataset.labels !== undefined;
  }, chapter, { timeout: 30_000 });
  // One more idle after the camera rests, so every label has been placed.
  await page.waitForTimeout(800);
  return JSON.parse(await page.$eval('[data-map-stage]', (el) => (el as HTMLElement).dataset.labels ?? '[]')) as string[];
}

describe.each([['a phone', PHONE], ['a desktop', DESKTOP]] as const)('map labels on %s', (_, options) => {
  test('the Rafah close-up names Rafah, its governorate and the Rafah crossing', async () => {
    const { labels, errors, close } = await labelsAt(options, 'rafah');
    expect(labels).toEqual(expect.arrayContaining(['Rafah', 'Rafah Governorate', 'Rafah crossing']));
    // The chapter file's call-out is on the map too.
    expect(labels).toContain('Rafah crossing: to Egypt');
    expect(errors).toEqual([]);
    await close();
  });

  test('the border map names the corridor, the border crossings and the chapter’s call-out', async () => {
    const { labels, errors, close } = await labelsAt(options, 'border-security');
    // The corridor's long name goes beside its midpoint (it never fitted along the line between the crossings' names).
    expect(labels).toEqual(expect.arrayContaining(['Philadelphi corridor (approximate)', 'Rafah crossing', 'Kerem Shalom crossing', 'Salah al-Din gate (approximate)']));
    expect(labels).toContain('Kerem Shalom: to Israel');
    expect(errors).toEqual([]);
    await close();
  });

  test('the force map names every likely member and its capital, and nothing of other chapters', async () => {
    const { labels, errors, close } = await labelsAt(options, 'international-force');
    expect(labels).toEqual(expect.arrayContaining(['Egypt', 'Qatar', 'Turkey', 'United Arab Emirates', 'Cairo', 'Doha', 'Ankara', 'Abu Dhabi']));
    // Gaza, where the distances start, and the seas between the members are named too.
    expect(labels).toEqual(expect.arrayContaining(['Gaza Strip', 'Mediterranean Sea', 'Red Sea']));
    // Astana and Washington belong to other chapters' maps (issue 12).
    expect(labels).not.toContain('Astana');
    expect(labels).not.toContain('Washington');
    expect(errors).toEqual([]);
    await close();
  });
});

test('the labels follow the chapter: the Gaza Strip view names its towns once the slide changes', async () => {
  const { page, close } = await labelsAt(DESKTOP, 'international-force');
  await page.evaluate(() => { location.hash = '#the-deal'; });
  const labels = await settledLabels(page, 'the-deal');
  expect(labels).toEqual(expect.arrayContaining(['Gaza City', 'Deir al-Balah', 'Khan Younis', 'Rafah']));
  expect(labels).not.toContain('Cairo');
  await close();
});

describe('the scale bar and the locator', () => {
  test('are shown on the local close-up (the bar in metres or kilometres, the locator framing the view), not on the world view of the force', async () => {
    const { page, close } = await labelsAt(PHONE, 'rafah');
    const bar = async () => page.$eval('[data-map-stage] [data-scale-bar]', (el) => ({
      shown: !(el as HTMLElement).hidden && (el as HTMLElement).getBoundingClientRect().width > 20, text: el.textContent ?? '' }));
    expect(await bar()).toEqual({ shown: true, text: expect.stringMatching(/^\d+\s?k?m$/) });
    const locator = async () => page.$eval('[data-map-stage] > svg[data-locator]', (el) => {
      const box = el.getBoundingClientRect();
      const view = el.querySelector('[data-locator-view]')!.getBoundingClientRect();
      return { shown: box.width > 40 && getComputedStyle(el).display !== 'none', inside: view.left >= box.left && view.right <= box.right && view.top >= box.top && view.bottom <= box.bottom, small: view.width < box.width / 4 };
    });
    // The close-up is a small part of the region the locator shows.
    expect(await locator()).toEqual({ shown: true, inside: true, small: true });
    await page.evaluate(() => { location.hash = '#international-force'; });
    await settledLabels(page, 'international-force');
    expect((await bar()).shown).toBe(false);
    expect((await locator()).shown).toBe(false);
    await close();
  });
});

describe('the key', () => {
  test('explains the force map’s symbols beside the live map, and is not shown where the map needs none', async () => {
    const { page, close } = await labelsAt(DESKTOP, 'international-force');
    const key = () => page.$eval('[data-map-stage] > [data-legend]', (el) => ({
      shown: !(el as HTMLElement).hidden && getComputedStyle(el).display !== 'none',
      entries: [...el.querySelectorAll('li')].map((li) => li.textContent),
    }));
    expect(await key()).toEqual({ shown: true, entries: ['Capital', 'Straight line to Gaza City', 'Likely member of the force'] });
    // It folds away on request (a phone's map is small), and unfolds again.
    const firstEntry = page.locator('[data-map-stage] > [data-legend] li').first();
    await page.click('[data-map-stage] > [data-legend] summary');
    expect(await firstEntry.isVisible()).toBe(false);
    await page.click('[data-map-stage] > [data-legend] summary');
    expect(await firstEntry.isVisible()).toBe(true);
    await page.evaluate(() => { location.hash = '#rafah'; });
    await settledLabels(page, 'rafah');
    expect((await key()).shown).toBe(false);
    await close();
  });
});
