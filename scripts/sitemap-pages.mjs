// @ts-check
/**
 * Which built pages the sitemap lists: the pages a reader arrives at (the
 * story, the slides, the handout, /data/, and the same under /ar/). Left out:
 * the embeds (frames inside other sites' articles), the share pages (they
 * only send a reader on to a chapter of the story, whose canonical they
 * name), the presenter's window and the 404.
 */
const LEFT_OUT = [/^(ar\/)?embed\//, /^(ar\/)?share\//, /^(ar\/)?present\/notes\//, /^404/];

/**
 * @param {string} pathname a page's path, with the base path
 * @param {string} base the base path, starting and ending with '/'
 */
export function sitemapIncludes(pathname, base) {
  if (!pathname.startsWith(base)) return false;
  const rest = pathname.slice(base.length);
  return !LEFT_OUT.some((pattern) => pattern.test(rest));
}
