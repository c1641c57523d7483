/**
 * Where the site is published: SITE_URL with BASE_PATH (read in
 * scripts/site-config.mjs, given to Astro as `site` and `base`), ending in
 * '/'. Every absolute link the build writes (embed snippets, oEmbed, their
 * provider URL) is resolved against it, so a site served under
 * /graphics/rafah/ links to /graphics/rafah/embed/…, not to the host's root.
 */
export const siteRoot = (site: URL | undefined): URL => new URL(import.meta.env.BASE_URL, site ?? 'http://localhost:4321/');
