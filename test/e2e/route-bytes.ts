/**
 * What each built page costs before its map loads, read from dist/: the
 * page's HTML, its stylesheets, its fonts and the JavaScript of its module
 * scripts with their static imports. A dynamic `import()` (the MapLibre
 * chunk) and the worker are not followed: they load after the page, when the
 * map is needed. Sizes are gzipped as scripts/serve.mjs and hosts serve them;
 * fonts (woff2, already compressed) count as they are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importsOf } from '../../src/build/module-preload';

export const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/** Every route of the built site (shared with the bench). */
export { builtRoutes } from '../../scripts/routes.mjs';

const attr = (tag: string, name: string) =>
  tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** The page's module scripts: external (`src`) or inline (their text). */
export function moduleScripts(html: string): { src?: string; inline?: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => /\stype\s*=\s*["']?module\b/i.test(` ${attrs}`))
    .map(([, attrs, body]) => {
      const src = attr(` ${attrs}`, 'src');
      return src ? { src } : { inline: body };
    });
}

/** Specifiers a module imports statically (import, export … from): es-module-lexer, as the build's preloads use. */
export const staticImports = (js: string): string[] => importsOf(js).static;

/** Specifiers a module loads by import() with a literal name (the map's chunk). */
export const dynamicImports = (js: string): string[] => importsOf(js).dynamic;

/** The text of the page's own <style> elements (not those inside <noscript>). */
export function inlineStyles(html: string): string {
  const visible = html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
  return [...visible.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
}

/** The stylesheets the page links. */
export function stylesheetLinks(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => attr(tag, 'href')!)
    .filter(Boolean);
}

/** The woff2/woff files a piece of HTML or CSS refers to (font-face urls and preloads). */
export function fontUrls(text: string): string[] {
  return [...new Set([...text.matchAll(/(?:url\(\s*["']?|href\s*=\s*["']?)([^"')\s>]+\.woff2?)/gi)].map((m) => m[1]!))];
}

export interface RouteBytes {
  route: string;
  /** The HTML, with its inline styles and scripts, gzipped. */
  html: number;
  /** Module scripts and their static imports, gzipped (inline module scripts count in `html` too). */
  js: number;
  jsFiles: string[];
  /** The page's CSS, inline <style> and linked stylesheets, gzipped (inline CSS counts in `html` too). */
  css: number;
  /** Fonts the page or its CSS refers to, as stored. */
  fonts: number;
  total: number;
  /** Chunks loaded on demand by `import()` from this page's scripts (the map), with their static imports, gzipped. */
  onDemandJs: number;
  onDemandFiles: string[];
}

/** Resolve a URL in the page (absolute path or relative to `from`) to a file in dist. */
function fileOf(dist: string, url: string, from: string): string {
  const path = url.split(/[?#]/)[0]!;
  const resolved = path.startsWith('/') ? path : posix.join(posix.dirname(from), path);
  return join(dist, resolved);
}

export function routeBytes(dist: string, route: string): RouteBytes {
  const htmlPath = join(dist, route, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const read = (file: string) => {
    if (!existsSync(file)) throw new Error(`${route} refers to ${relative(dist, file)}, which is not in dist/.`);
    return readFileSync(file);
  };

  // Follow static imports from each module script, each chunk once.
  const jsFiles = new Set<string>();
  const lazy: string[] = [];
  const resolveSpec = (spec: string, file: string) => {
    if (!spec.startsWith('.') && !spec.startsWith('/')) throw new Error(`${relative(dist, file)} imports a bare "${spec}"`);
    return spec.startsWith('/') ? join(dist, spec) : join(dirname(file), spec);
  };
  const follow = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    const code = read(file).toString('utf8');
    for (const spec of staticImports(code)) follow(resolveSpec(spec, file), into);
    for (const spec of dynamicImports(code)) lazy.push(resolveSpec(spec, file));
  };
  for (const script of moduleScripts(html)) {
    if (script.src) follow(fileOf(dist, script.src, route), jsFiles);
    else {
      for (const spec of staticImports(script.inline!)) follow(fileOf(dist, spec, route), jsFiles);
      for (const spec of dynamicImports(script.inline!)) lazy.push(fileOf(dist, spec, route));
    }
  }
  const sumGzip = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(read(f)), 0);
  const js = sumGzip(jsFiles);
  const onDemand = new Set<string>();
  for (const file of lazy) if (!jsFiles.has(file)) follow(file, onDemand);

  const sheets = stylesheetLinks(html).map((href) => read(fileOf(dist, href, route)).toString('utf8'));
  const linkedCss = sheets.reduce((sum, text) => sum + gzipSize(text), 0);
  const inlineCss = inlineStyles(html);
  const css = linkedCss + (inlineCss ? gzipSize(inlineCss) : 0);
  const fonts = new Set([
    ...fontUrls(html).map((u) => fileOf(dist, u, route)),
    ...sheets.flatMap((text, i) => fontUrls(text).map((u) => fileOf(dist, u, stylesheetLinks(html)[i]!))),
  ]);
  const fontBytes = [...fonts].reduce((sum, file) => sum + read(file).length, 0);
  const htmlBytes = gzipSize(html);
  return {
    route,
    html: htmlBytes,
    js,
    jsFiles: [...jsFiles].map((f) => relative(dist, f)),
    css,
    fonts: fontBytes,
    total: htmlBytes + js + linkedCss + fontBytes,
    onDemandJs: sumGzip([...onDemand].filter((f) => !jsFiles.has(f))),
    onDemandFiles: [...onDemand].filter((f) => !jsFiles.has(f)).map((f) => relative(dist, f)),
  };
}

/** MapLibre's workers (module workers, loaded by URL when the map starts), gzipped. */
export function workerBytes(dist: string): number {
  const dir = join(dist, '_astro');
  return readdirSync(dir)
    .filter((f) => /worker.*\.m?js$/.test(f))
    .reduce((sum, f) => sum + gzipSize(readFileSync(join(dir, f))), 0);
}

/** The map's data, all layers together, gzipped. */
export function mapDataBytes(dist: string): number {
  const dir = join(dist, 'data', 'layers');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .reduce((sum, f) => sum + gzipSize(readFileSync(join(dir, f))), 0);
}
