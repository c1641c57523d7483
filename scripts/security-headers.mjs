// @ts-check
/**
 * The HTTP headers the site's host sends, as one table of path rules. The
 * local server (serve.mjs) sends exactly these; the build writes them to
 * dist/_headers for Netlify and Cloudflare Pages (host-headers.mjs), and
 * docs/publishing.md shows the same rules for nginx.
 *
 * - Embeds (/embed/…, their oEmbed JSON, and the Arabic edition's) may be
 *   framed by any site: that is their purpose. Every other page may not be
 *   framed at all (the <meta> Content Security Policy on every page cannot
 *   say who may frame it).
 * - Everything is public: a sandboxed embed (iframe sandbox without
 *   allow-same-origin) has an opaque origin, so its module scripts, fonts,
 *   map worker and layer fetches are cross-origin requests to this host.
 * - Hashed assets (/_astro/) never change; everything else keeps the host's
 *   default caching (revalidated).
 *
 * Paths are relative to the site's base path (BASE_PATH): `withBase` puts
 * them where the site is served. A path is exact (`/`) or a folder and
 * everything below it (`/embed/*`). Hosts disagree on what happens when two
 * rules that match one request set the same header (Cloudflare joins the
 * values with a comma, which for Content-Security-Policy means two policies,
 * both enforced), so no two rules that can match one path set the same header:
 * rules may overlap only to add different headers. `conflicts` checks it.
 */

/** @typedef {{ path: string; headers: Record<string, string> }} HeaderRule */

export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Access-Control-Allow-Origin': '*',
};
export const FRAMEABLE = { 'Content-Security-Policy': 'frame-ancestors *' };
export const NOT_FRAMEABLE = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
export const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };
/**
 * What Netlify and Cloudflare Pages send where no rule sets the header (their
 * `public, max-age=0, must-revalidate` means the same): not in _headers, but
 * the local server and the nginx configuration send it.
 */
export const HOST_DEFAULTS = { 'Cache-Control': 'no-cache' };

/** The English edition at the root, the Arabic one under /ar/ (DESIGN.md, routes). */
const EDITIONS = ['/', '/ar/'];

/** @type {readonly HeaderRule[]} */
export const HEADER_RULES = [
  { path: '/*', headers: COMMON_HEADERS },
  { path: '/_astro/*', headers: IMMUTABLE },
  ...EDITIONS.flatMap((e) => [
    { path: `${e}embed/*`, headers: FRAMEABLE },
    { path: `${e}oembed/*`, headers: FRAMEABLE },
  ]),
  ...EDITIONS.flatMap((e) => [
    { path: e, headers: NOT_FRAMEABLE },
    { path: `${e}index.html`, headers: NOT_FRAMEABLE },
    { path: `${e}present/*`, headers: NOT_FRAMEABLE },
    { path: `${e}handout/*`, headers: NOT_FRAMEABLE },
    { path: `${e}data/*`, headers: NOT_FRAMEABLE },
    // Chapters' share pages (and their images): links for readers, never frames.
    { path: `${e}share/*`, headers: NOT_FRAMEABLE },
  ]),
];

/**
 * Whether a rule's path matches a request path: `/x/*` matches `/x`, `/x/`
 * and everything below; any other path matches only itself.
 * @param {string} rulePath
 * @param {string} pathname
 */
export function pathMatches(rulePath, pathname) {
  if (!rulePath.endsWith('/*')) return pathname === rulePath;
  const folder = rulePath.slice(0, -1); // '/x/'
  return pathname.startsWith(folder) || pathname === folder.slice(0, -1);
}

/**
 * Whether some request path matches both rule paths.
 * @param {string} a
 * @param {string} b
 */
export function pathsOverlap(a, b) {
  const folder = (/** @type {string} */ p) => (p.endsWith('/*') ? p.slice(0, -1) : undefined);
  const fa = folder(a);
  const fb = folder(b);
  if (fa && fb) return fa.startsWith(fb) || fb.startsWith(fa);
  if (fa) return pathMatches(a, b);
  if (fb) return pathMatches(b, a);
  return a === b;
}

/**
 * The pairs of rules that can match one request and set the same header.
 * @param {readonly HeaderRule[]} rules
 * @returns {{ a: string; b: string; header: string }[]}
 */
export function conflicts(rules) {
  const found = [];
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = /** @type {HeaderRule} */ (rules[i]);
      const b = /** @type {HeaderRule} */ (rules[j]);
      if (!pathsOverlap(a.path, b.path)) continue;
      const names = new Set(Object.keys(a.headers).map((h) => h.toLowerCase()));
      for (const header of Object.keys(b.headers)) {
        if (names.has(header.toLowerCase())) found.push({ a: a.path, b: b.path, header });
      }
    }
  }
  return found;
}

/**
 * The rules with their paths under a base path (`/graphics/rafah/`).
 * @param {readonly HeaderRule[]} rules
 * @param {string} base starts and ends with '/'
 * @returns {HeaderRule[]}
 */
export function withBase(rules, base) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`withBase: the base path must start and end with '/', not ${JSON.stringify(base)}`);
  return rules.map((rule) => ({ path: base + rule.path.slice(1), headers: rule.headers }));
}

/**
 * Every header of every rule that matches a request path.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname the request's path, without query or hash
 * @returns {Record<string, string>}
 */
export function headersForPath(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (pathMatches(rule.path, pathname)) Object.assign(headers, rule.headers);
  return headers;
}

/**
 * The headers the host sends for a request path, the site being served under
 * `base`: the rules', then the hosts' defaults for what no rule sets.
 * @param {string} pathname the request's path, without query or hash
 * @param {string} [base]
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, base = '/') {
  return { ...HOST_DEFAULTS, ...headersForPath(base === '/' ? HEADER_RULES : withBase(HEADER_RULES, base), pathname) };
}
