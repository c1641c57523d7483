import { describe, expect, test } from 'vitest';
import { webManifest } from '../../../src/build/web-manifest';

describe('the slides’ web app manifest', () => {
  test('starts on the slides, full screen, with self-hosted icons of the sizes installers ask for', () => {
    const m = webManifest('/');
    expect(m).toMatchObject({ start_url: '/present/', scope: '/', id: '/present/', display: 'fullscreen' });
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of m.icons) expect(icon.src).toMatch(/^\/(icons\/|favicon)/);
  });

  test('keeps every URL under the base path', () => {
    const m = webManifest('/graphics/rafah/');
    expect([m.start_url, m.scope, ...m.icons.map((i) => i.src)].every((u) => u.startsWith('/graphics/rafah/'))).toBe(true);
  });
});
