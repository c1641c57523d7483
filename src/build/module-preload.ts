/**
 * Module preloads for the built pages. A page's script is a small entry that
 * imports shared chunks, which may import others: without a hint the browser
 * finds each level only when the one before has arrived, a round trip each
 * (150 ms and more on a phone network). Listing every module that a page's
 * scripts import statically as <link rel="modulepreload"> in its <head>
 * fetches them all at once, as Vite does for its own HTML entries. What a
 * page loads by import() (the map) is never listed: it loads on demand.
 * Runs once the site is built (astro.config.mjs), over dist/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { escapeAttr } from '../util/escape';

initSync();

/** The specifiers a module imports: statically (import, export … from) and by import() with a string. */
export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const [imports] = parse(code);
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const i of imports) {
    if (i.n === undefined) continue; // import.meta, or import() of a computed name
    (i.d === -1 ? found.static : found.dynamic).add(i.n);
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** A specifier resolved against the root-relative URL of the module that imports it. */
export const resolveUrl = (specifier: string, from: string) => new URL(specifier, new URL(from, 'http://site')).pathname;

/** The site's module scripts (`<script type="module" src>`) in a page, root-relative. */
export function moduleEntries(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\stype\s*=\s*["']?module\b/i.test(tag))
    .map((tag) => /\ssrc\s*=\s*"([^"]+)"/i.exec(tag)?.[1])
    .filter((src): src is string => src !== undefined && src.startsWith('/'));
}

/**
 * Every module the entries load statically, breadth first, without the
 * entries themselves. `source(url)` gives a module's code.
 */
export function staticGraph(entries: readonly string[], source: (url: string) => string): string[] {
  const seen = new Set(entries);
  const order: string[] = [];
  const queue = [...entries];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const specifier of importsOf(source(url)).static) {
      const dep = resolveUrl(specifier, url);
      if (seen.has(dep)) continue;
      seen.add(dep);
      order.push(dep);
      queue.push(dep);
    }
  }
  return order;
}

/** The page with a modulepreload link for each module its scripts import statically (none if it has no scripts). */
export function withModulePreloads(html: string, source: (url: string) => string): string {
  if (html.includes('rel="modulepreload"')) return html; // already done
  const deps = staticGraph(moduleEntries(html), source);
  if (deps.length === 0) return html;
  const links = deps.map((url) => `<link rel="modulepreload" href="${escapeAttr(url)}">`).join('');
  if (!html.includes('</head>')) throw new Error('withModulePreloads: the page has no </head>');
  return html.replace('</head>', `${links}</head>`);
}

/**
 * Adds the preloads to every HTML page under `dist`, built for the base path
 * `base` (its pages' URLs start with it; its files are at the top of `dist`).
 */
export function addModulePreloads(dist: string, base = '/'): number {
  const source = (url: string) => readFileSync(join(dist, url.startsWith(base) ? url.slice(base.length - 1) : url), 'utf8');
  let changed = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    let out: string;
    try {
      out = withModulePreloads(html, source);
    } catch (error) {
      throw new Error(`${file}: cannot list the modules its scripts import: ${(error as Error).message}`);
    }
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
