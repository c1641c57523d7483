/**
 * The story's structured data: one schema.org NewsArticle as JSON-LD, for
 * search engines and the tools newsrooms use (headline, description, image,
 * dates, author, publisher, language, and the report it is based on).
 * Pure: the page gives the site's address, the image and the metadata
 * (model/site.ts, model/credits.ts, model/corrections.ts).
 */
import type { Party, SiteMeta } from '../model/site';

export interface NewsArticleInput {
  /** The story's canonical URL (absolute). */
  url: string;
  headline: string;
  description: string;
  image: { url: string; width: number; height: number };
  site: SiteMeta;
  /** The site's root with its base path (absolute): the publisher's URL unless it gives its own. */
  siteRoot: string;
  /** When the story last changed (model/corrections.ts's dateModified). */
  dateModified: string;
  /** The report the story tells (model/credits.ts, REPORT). */
  report: { title: string; dated: string };
}

const partyLd = (p: Party, fallbackUrl?: string) => ({
  '@type': p.type,
  name: p.name,
  ...(p.url ?? fallbackUrl ? { url: p.url ?? fallbackUrl } : {}),
});

export function newsArticle(input: NewsArticleInput) {
  const { site } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: [{ '@type': 'ImageObject', url: input.image.url, width: input.image.width, height: input.image.height }],
    datePublished: site.datePublished,
    dateModified: input.dateModified,
    inLanguage: site.language,
    author: site.author.map((a) => partyLd(a)),
    publisher: partyLd(site.publisher, input.siteRoot),
    // The news report the story retells (no URL or headline of it is given: its description and date).
    isBasedOn: { '@type': 'CreativeWork', name: input.report.title, description: `News report dated ${input.report.dated}` },
  };
}

