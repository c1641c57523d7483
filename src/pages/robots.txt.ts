/**
 * robots.txt: everything may be crawled; the sitemap's absolute address
 * (SITE_URL + BASE_PATH). Crawlers read robots.txt only at a host's root: under
 * a sub-path the host's own robots.txt must carry this Sitemap line
 * (docs/publishing.md).
 */
import type { APIRoute } from 'astro';
import { siteRoot } from '../build/site-root';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow:\n\nSitemap: ${new URL('sitemap-index.xml', siteRoot(site)).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
