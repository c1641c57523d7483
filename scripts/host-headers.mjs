// @ts-check
/**
 * The host configuration files, written from the one table of header rules
 * (security-headers.mjs) for the base path the site is built for:
 *
 * - `headersFile`: dist/_headers, the format Netlify and Cloudflare Pages read
 *   (written after every build by the integration in astro.config.mjs);
 * - `nginxConfig`: the same rules as an nginx `location` block, shown in
 *   docs/publishing.md (a unit test keeps that copy current).
 *
 * Pure functions: rules and base path in, text out. Run as a script, it
 * prints either file for the BASE_PATH in the environment (see the end).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_DEFAULTS, conflicts, pathMatches, withBase } from './security-headers.mjs';

/** @typedef {import('./security-headers.mjs').HeaderRule} HeaderRule */

/**
 * Refuses rules a host would read differently from the local server.
 * @param {readonly HeaderRule[]} rules
 */
function check(rules) {
  for (const { path, headers } of rules) {
    if (!path.startsWith('/') || /\s/.test(path) || path.slice(0, -1).includes('*') || (path.endsWith('*') && !path.endsWith('/*'))) {
      throw new Error(`header rule ${JSON.stringify(path)}: a path is exact (/x/) or a folder and everything below it (/x/*)`);
    }
    for (const [name, value] of Object.entries(headers)) {
      if (!/^[A-Za-z0-9-]+$/.test(name) || /[\r\n"\\$]/.test(value) || value.trim() === '') {
        throw new Error(`header rule ${path}: ${JSON.stringify(name)}: ${JSON.stringify(value)} cannot be written as a header line`);
      }
    }
  }
  const found = conflicts(rules);
  if (found.length > 0) {
    const list = found.map(({ a, b, header }) => `${header} in ${a} and ${b}`).join('; ');
    throw new Error(`header rules that match the same paths set the same header, which hosts combine differently: ${list}`);
  }
}

/**
 * The text of `_headers` (Netlify, Cloudflare Pages) for a site served under `base`.
 * @param {readonly HeaderRule[]} rules paths relative to the site's root
 * @param {string} base the base path, starting and ending with '/'
 * @returns {string}
 */
export function headersFile(rules, base) {
  const placed = withBase(rules, base);
  check(placed);
  const blocks = placed.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [
    '# HTTP headers for Netlify and Cloudflare Pages, written by the build',
    `# (scripts/host-headers.mjs, from scripts/security-headers.mjs) for BASE_PATH=${base}.`,
    '# No two rules that match one path set the same header. Hosts without this',
    '# file: see docs/publishing.md.',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * The headers an nginx location sends: those of every rule matching all of
 * its paths (nginx sends the headers of one location only), then the hosts'
 * defaults for what no rule sets.
 * @param {readonly HeaderRule[]} rules
 * @param {HeaderRule} location
 */
function locationHeaders(rules, location) {
  const covers = (/** @type {HeaderRule} */ rule) =>
    location.path.endsWith('/*')
      ? rule.path.endsWith('/*') && location.path.startsWith(rule.path.slice(0, -1))
      : pathMatches(rule.path, location.path);
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (covers(rule)) Object.assign(headers, rule.headers);
  const has = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  for (const [name, value] of Object.entries(HOST_DEFAULTS)) if (!has.has(name.toLowerCase())) headers[name] = value;
  return headers;
}

/** nginx quoting for a directive argument (check() refuses values with a quote, backslash or dollar sign). */
const q = (/** @type {string} */ s) => `"${s}"`;

/**
 * An nginx `location` block (for a `server { }` block) serving the built
 * site from `root` + `base` with the same headers and types as the local server.
 * @param {readonly HeaderRule[]} rules paths relative to the site's root
 * @param {string} base the base path, starting and ending with '/'
 * @param {Record<string, string>} mime extension ('.mjs') to Content-Type, as serve.mjs sends them
 * @param {string} [root] the folder holding the site's base path (dist/ is copied to root + base)
 * @returns {string}
 */
export function nginxConfig(rules, base, mime, root = '/srv/www') {
  const placed = withBase(rules, base);
  check(placed);
  const outer = placed.find((r) => r.path === `${base}*`) ?? { path: `${base}*`, headers: {} };
  const inner = placed.filter((r, i) => r !== outer && placed.findIndex((s) => s.path === r.path) === i);
  const addHeaders = (/** @type {HeaderRule} */ location, /** @type {string} */ indent) =>
    Object.entries(locationHeaders(placed, location)).map(([name, value]) => `${indent}add_header ${name} ${q(value)} always;`);
  const match = (/** @type {string} */ path) => (path.endsWith('/*') ? `^~ ${path.slice(0, -1)}` : `= ${path}`);
  // One type per extension, as serve.mjs sends them (nginx's own mime.types
  // may lack .mjs, which the map's worker needs as JavaScript).
  const byType = new Map();
  for (const [ext, type] of Object.entries(mime)) byType.set(type, [...(byType.get(type) ?? []), ext.slice(1)]);
  return [
    `# The site, built with BASE_PATH=${base}, its dist/ copied to ${root}${base}`,
    ...(base === '/' ? [] : [`location = ${base.slice(0, -1)} {`, `    return 301 ${base};`, '}']),
    `location ^~ ${base} {`,
    `    root ${root};`,
    '    index index.html;',
    `    error_page 404 ${base}404.html;`,
    '    types {',
    ...[...byType].map(([type, exts]) => `        ${q(type)} ${exts.join(' ')};`),
    '    }',
    '    default_type application/octet-stream;',
    '    # nginx sends the add_header lines of the one location that answers,',
    '    # so each location lists all of its headers.',
    ...addHeaders(outer, '    '),
    ...inner.flatMap((rule) => ['', `    location ${match(rule.path)} {`, ...addHeaders(rule, '        '), '    }']),
    '}',
    '',
  ].join('\n');
}

// `node scripts/host-headers.mjs --nginx [--root /srv/www]` prints the nginx
// block for BASE_PATH (from the environment, as the build reads it);
// `--headers` prints the _headers file the build writes.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { HEADER_RULES } = await import('./security-headers.mjs');
  const { parseSiteConfig } = await import('./site-config.mjs');
  const { MIME } = await import('./serve.mjs');
  const { base } = parseSiteConfig(process.env);
  const i = process.argv.indexOf('--root');
  const root = i > 0 ? process.argv[i + 1] : undefined;
  if (process.argv.includes('--nginx')) process.stdout.write(nginxConfig(HEADER_RULES, base, MIME, root));
  else if (process.argv.includes('--headers')) process.stdout.write(headersFile(HEADER_RULES, base));
  else {
    console.error('usage: [BASE_PATH=/your/path/] node scripts/host-headers.mjs --nginx [--root /srv/www] | --headers');
    process.exit(1);
  }
}
