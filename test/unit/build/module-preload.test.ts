import { describe, expect, test } from 'vitest';
import { importsOf, moduleEntries, resolveUrl, staticGraph, withModulePreloads } from '../../../src/build/module-preload';

// A built site in miniature: two entries that share chunks, one of which
// loads the map by import().
const files: Record<string, string> = {
  '/_astro/story.js': 'import{a}from"./shared.js";import"./keys.js";a();',
  '/_astro/dialog.js': 'import{b}from"./shared.js";b();',
  '/_astro/shared.js': 'export*from"./deep/util.js";export const a=()=>import("./mount-map.js"),b=()=>0;',
  '/_astro/keys.js': 'import{c}from"./deep/util.js";c();',
  '/_astro/deep/util.js': 'export const c=()=>0;',
  '/_astro/mount-map.js': 'import"./maplibre.js";',
  '/_astro/maplibre.js': '',
};
const source = (url: string) => {
  const code = files[url];
  if (code === undefined) throw new Error(`no ${url}`);
  return code;
};
const page = (scripts: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><p>x</p>${scripts}</body></html>`;

describe('importsOf', () => {
  test('separates static imports and re-exports from import()', () => {
    expect(importsOf(files['/_astro/shared.js']!)).toEqual({ static: ['./deep/util.js'], dynamic: ['./mount-map.js'] });
    expect(importsOf('const s="import x from \'./no.js\'";import.meta.url;')).toEqual({ static: [], dynamic: [] });
  });
});

describe('resolveUrl and moduleEntries', () => {
  test('resolves against the importing module and reads only module scripts of this site', () => {
    expect(resolveUrl('./deep/util.js', '/_astro/shared.js')).toBe('/_astro/deep/util.js');
    expect(resolveUrl('../x.js', '/_astro/deep/util.js')).toBe('/_astro/x.js');
    const html = page('<script type="module" src="/_astro/story.js"></script><script src="/classic.js"></script>' +
      '<script type="application/json" id="d">{}</script><script type="module">import "./inline.js"</script>');
    expect(moduleEntries(html)).toEqual(['/_astro/story.js']);
  });
});

describe('staticGraph', () => {
  test('every module the entries load statically, once, without the entries or what loads by import()', () => {
    const graph = staticGraph(['/_astro/story.js', '/_astro/dialog.js'], source);
    expect(graph).toEqual(['/_astro/shared.js', '/_astro/keys.js', '/_astro/deep/util.js']);
    expect(graph).not.toContain('/_astro/mount-map.js');
    expect(graph).not.toContain('/_astro/maplibre.js');
  });
});

describe('withModulePreloads', () => {
  const html = page('<script type="module" src="/_astro/story.js"></script><script type="module" src="/_astro/dialog.js"></script>');

  test('lists the page’s static module graph in its head, before anything loads', () => {
    const out = withModulePreloads(html, source);
    const head = out.slice(0, out.indexOf('</head>'));
    expect([...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual([
      '/_astro/shared.js', '/_astro/keys.js', '/_astro/deep/util.js',
    ]);
    expect(out.replace(/<link rel="modulepreload"[^>]*>/g, '')).toBe(html);
  });

  test('leaves a page without scripts alone, and does not add the links twice', () => {
    const plain = page('');
    expect(withModulePreloads(plain, source)).toBe(plain);
    const once = withModulePreloads(html, source);
    expect(withModulePreloads(once, source)).toBe(once);
  });

  test('a page whose script imports a missing chunk stops the build, naming it', () => {
    const broken = page('<script type="module" src="/_astro/gone.js"></script>');
    expect(() => withModulePreloads(broken, source)).toThrow(/gone\.js/);
  });
});
