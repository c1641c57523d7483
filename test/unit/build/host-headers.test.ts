import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFile, nginxConfig } from '../../../scripts/host-headers.mjs';
import { HEADER_RULES, HOST_DEFAULTS, conflicts, securityHeaders } from '../../../scripts/security-headers.mjs';
import { MIME, startServer } from '../../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Rule = { path: string; headers: Record<string, string> };

/** Reads a _headers file as Netlify and Cloudflare Pages document it (written independently of the generator). */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      expect(line, 'a path line').toMatch(/^\/\S*$/);
      rules.push({ path: line, headers: {} });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    expect(m, `a header line: ${JSON.stringify(line)}`).not.toBeNull();
    const rule = rules.at(-1);
    expect(rule, 'a header after a path').toBeDefined();
    rule!.headers[m![1]!.toLowerCase()] = m![2]!;
  }
  return rules;
}

/** Cloudflare's matching: `*` is any run of characters. Every rule that matches adds its headers. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
const hostHeaders = (rules: Rule[], path: string) => {
  const found: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      // Hosts disagree on what two matching rules with one header do: the file has none.
      expect(found[name], `${name} set twice for ${path}`).toBeUndefined();
      found[name] = value;
    }
  }
  return found;
};
const sampleOf = (pattern: string) => (pattern.endsWith('/*') ? `${pattern.slice(0, -1)}sample/` : pattern);

/** What hosts set themselves, whatever the rules say. */
const HOST_MANAGED = new Set(['content-type', 'content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding']);
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

/** The routes of the HTML pages in src/pages, with a sample value for each parameter. */
function pageRoutes(): string[] {
  const pages = join(ROOT, 'src/pages');
  return readdirSync(pages, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(astro|md|mdx|html)$/.test(e.name) && e.name !== '404.astro')
    .map((e) => {
      const path = relative(pages, join(e.parentPath, e.name)).split(sep).join('/').replace(/\.[a-z]+$/, '');
      const route = `/${path}/`.replace(/\[[^\]]+\]/g, 'sample').replace(/(^|\/)index\/$/, '$1');
      return route;
    });
}

describe('the header rules', () => {
  test('no two rules that match one path set the same header (hosts would combine them differently)', () => {
    expect(conflicts(HEADER_RULES)).toEqual([]);
    expect(() => headersFile([...HEADER_RULES, { path: '/embed/rafah/', headers: { 'X-Frame-Options': 'DENY' } }], '/')).not.toThrow();
    expect(() => headersFile([...HEADER_RULES, { path: '/embed/rafah/', headers: { 'Content-Security-Policy': "frame-ancestors 'self'" } }], '/')).toThrow(
      /set the same header, which hosts combine differently: Content-Security-Policy in \/embed\/\* and \/embed\/rafah\//,
    );
  });

  test('every page has a framing policy: embeds may be framed by anyone, other pages by no one', () => {
    const routes = pageRoutes();
    expect(routes).toContain('/');
    expect(routes).toContain('/embed/sample/');
    for (const route of routes) {
      const csp = securityHeaders(route)['Content-Security-Policy'];
      expect(csp, `${route} (src/pages) has no framing rule in scripts/security-headers.mjs`).toBeDefined();
      const embeddable = /^\/(ar\/)?embed\//.test(route);
      expect(csp, route).toBe(embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'");
      if (!embeddable) expect(securityHeaders(route)['X-Frame-Options'], route).toBe('DENY');
    }
    expect(securityHeaders('/oembed/rafah.json')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(securityHeaders('/index.html')['X-Frame-Options']).toBe('DENY');
  });
});

describe.each(['/', '/graphics/rafah/'])('dist/_headers and the local server agree, BASE_PATH=%s', (base) => {
  const rules = parseHeadersFile(headersFile(HEADER_RULES, base));
  let root: string;
  let server: Server;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'host-headers-'));
    writeFileSync(join(root, 'index.html'), 'story');
    writeFileSync(join(root, '404.html'), 'not found');
    server = (await startServer({ root, port: 0, base })) as Server;
  });
  afterAll(async () => {
    await new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
    rmSync(root, { recursive: true, force: true });
  });

  /** The headers the local server sends for a path, less those hosts set themselves. */
  const served = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { redirect: 'manual' });
    await res.arrayBuffer();
    return Object.fromEntries([...res.headers].filter(([name]) => !HOST_MANAGED.has(name)));
  };
  const expected = (path: string) => ({ ...lower(HOST_DEFAULTS), ...hostHeaders(rules, path) });

  test('the file has a rule for every rule of the table, under the base path', () => {
    expect(rules.map((r) => r.path)).toEqual(HEADER_RULES.map((r) => base + r.path.slice(1)));
    expect(rules.every((r) => r.path.startsWith(base))).toBe(true);
  });

  test("for each rule's sample path, the local server sends exactly the file's headers (and the hosts' default cache policy)", async () => {
    for (const rule of rules) {
      const path = sampleOf(rule.path);
      const sent = await served(path);
      for (const [name, value] of Object.entries(rule.headers)) expect(sent[name], `${name} for ${path}`).toBe(value);
      expect(sent, path).toEqual(expected(path));
      expect(lower(securityHeaders(path, base)), path).toEqual(expected(path));
    }
  });

  test('and for the pages, paths no specific rule names, and paths outside the base', async () => {
    const paths = [
      ...pageRoutes().map((route) => base + route.slice(1)),
      `${base}favicon.svg`,
      `${base}nope/`,
      `${base}embed/nope/`,
      `${base}data/layers/world.geojson`,
      `${base}oembed/story.json`,
      ...(base === '/' ? [] : ['/', '/elsewhere/', '/embed/rafah/']),
    ];
    for (const path of paths) expect(await served(path), path).toEqual(expected(path));
    if (base !== '/') expect(hostHeaders(rules, '/embed/rafah/')).toEqual({});
  });
});

describe('docs/publishing.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');
  test('shows the nginx configuration generated from the table (regenerate it when the table changes)', () => {
    expect(doc).toContain(nginxConfig(HEADER_RULES, '/graphics/rafah/', MIME));
  });
  test('gives the build command with SITE_URL and BASE_PATH', () => {
    expect(doc).toContain('SITE_URL=https://news.example.org BASE_PATH=/graphics/rafah/ npm run build');
  });
});
