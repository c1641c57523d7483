import { describe, expect, test } from 'vitest';
import { OFFLINE_PAGES, offlinePageFile } from '../../../src/sw/pages';

describe('offlinePageFile: which page request the service worker answers from its copy', () => {
  test('the story, the slides, the notes and the handout, in both languages, at the root', () => {
    expect(OFFLINE_PAGES.map((p) => offlinePageFile(`/${p}`, '/'))).toEqual([
      'index.html', 'present/index.html', 'present/notes/index.html', 'handout/index.html',
      'ar/index.html', 'ar/present/index.html', 'ar/present/notes/index.html', 'ar/handout/index.html',
    ]);
    expect(offlinePageFile('/present/index.html', '/')).toBe('present/index.html');
  });

  test('under a base path, and nothing outside it', () => {
    expect(offlinePageFile('/graphics/rafah/present/', '/graphics/rafah/')).toBe('present/index.html');
    expect(offlinePageFile('/graphics/rafah/', '/graphics/rafah/')).toBe('index.html');
    expect(offlinePageFile('/present/', '/graphics/rafah/')).toBeUndefined();
  });

  test('not the embeds, /data/ or unknown pages (they go to the network untouched)', () => {
    for (const path of ['/embed/', '/embed/rafah/', '/data/', '/present', '/nowhere/', '/present/notes/x/']) {
      expect(offlinePageFile(path, '/'), path).toBeUndefined();
    }
  });
});
