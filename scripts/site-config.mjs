// @ts-check
/**
 * Where the site is published, read from the environment of `npm run build`
 * in this one place (DESIGN.md, "Build configuration"):
 *
 *   SITE_URL   the absolute origin, e.g. https://news.example.org
 *              (oEmbed, embed snippets, canonical and share links)
 *   BASE_PATH  the path the site is served under, e.g. /graphics/rafah/ (default /)
 *
 *   SITE_URL=https://news.example.org BASE_PATH=/graphics/rafah/ npm run build
 *
 * Plain ESM with JSDoc types, so astro.config.mjs and the node scripts
 * import it without a build step. Pure: it reads only the object it is given.
 */

/** The origin links point at when SITE_URL is not set: the local server of `npm start`. */
export const LOCAL_SITE = 'http://localhost:4321';

const SITE_URL_ALLOWED =
  'SITE_URL must be an https:// origin with no path, query or hash, such as https://news.example.org ' +
  '(http:// only for localhost or 127.0.0.1; put a sub-path in BASE_PATH)';
const BASE_PATH_ALLOWED =
  'it must be a URL path of letters, digits and . _ ~ - between single slashes, such as /graphics/rafah/ (default /)';

/**
 * @param {string} name the variable (or option) the value came from
 * @param {string} value
 * @param {string} problem what is wrong, as the end of a sentence that starts with the value
 * @param {string} allowed what is allowed, as a sentence
 */
const refuse = (name, value, problem, allowed) => new Error(`${name}=${JSON.stringify(value)} ${problem}: ${allowed}.`);

/**
 * The site's origin from SITE_URL: `https://host[:port]`, without a trailing slash.
 * Throws an Error naming SITE_URL, the value and what is allowed.
 * @param {string} value
 * @returns {string}
 */
export function parseSiteUrl(value) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(value);
  } catch {
    throw refuse('SITE_URL', value, 'is not an absolute URL', SITE_URL_ALLOWED);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !local) {
    throw refuse('SITE_URL', value, 'uses http:// for a host other than localhost or 127.0.0.1', SITE_URL_ALLOWED);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('SITE_URL', value, 'is not an https:// URL', SITE_URL_ALLOWED);
  if (url.username || url.password) throw refuse('SITE_URL', value, 'has a user name or password', SITE_URL_ALLOWED);
  if (url.pathname !== '/') throw refuse('SITE_URL', value, `has a path (${url.pathname})`, SITE_URL_ALLOWED);
  if (url.search || value.includes('?')) throw refuse('SITE_URL', value, 'has a query', SITE_URL_ALLOWED);
  if (url.hash || value.includes('#')) throw refuse('SITE_URL', value, 'has a hash', SITE_URL_ALLOWED);
  return url.origin;
}

/**
 * A base path, normalised to start and end with `/` ("graphics/rafah" → "/graphics/rafah/").
 * Throws an Error naming `name` (BASE_PATH, or a command-line option), the value and what is allowed.
 * @param {string | undefined} value undefined or '' is the root, '/'
 * @param {string} [name]
 * @returns {string}
 */
export function parseBasePath(value, name = 'BASE_PATH') {
  if (value === undefined || value === '') return '/';
  const fail = (/** @type {string} */ problem) => refuse(name, value, problem, BASE_PATH_ALLOWED);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) throw fail('is a URL, not a path (the origin goes in SITE_URL)');
  if (/\s/.test(value)) throw fail('has a space');
  if (value.includes('?')) throw fail('has a query (?)');
  if (value.includes('#')) throw fail('has a hash (#)');
  if (value.includes('//')) throw fail('has an empty segment (//)');
  if (value.includes('..')) throw fail('has ".."');
  const bad = /[^A-Za-z0-9._~\-/]/.exec(value);
  if (bad) throw fail(`has the character ${JSON.stringify(bad[0])}`);
  if (value.split('/').includes('.')) throw fail('has a "." segment');
  const base = `/${value}/`.replace(/\/{2,}/g, '/');
  return base;
}

/**
 * The build configuration from the environment.
 * @param {Record<string, string | undefined>} env usually process.env
 * @returns {{ site: string; base: string; warnings: string[] }}
 */
export function parseSiteConfig(env) {
  /** @type {string[]} */
  const warnings = [];
  const raw = env.SITE_URL?.trim();
  let site;
  if (raw) {
    site = parseSiteUrl(raw);
  } else {
    site = LOCAL_SITE;
    warnings.push(
      `SITE_URL is not set: the absolute links this build writes (oEmbed, embed snippets, canonical and share links) ` +
        `will point at the local address ${LOCAL_SITE}. To publish, build with SITE_URL=https://your.domain ` +
        `(and BASE_PATH=/your/path/ if the site is not at the root).`,
    );
  }
  return { site, base: parseBasePath(env.BASE_PATH), warnings };
}
