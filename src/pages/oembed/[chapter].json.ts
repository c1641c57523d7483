/** oEmbed JSON for each chapter's map card, written at build time (/oembed/<chapter-id>.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedJson } from '../../embed/snippet';
import { chapterTarget } from '../../embed/targets';
import { siteRoot } from '../../build/site-root';
import { getChapters } from '../../model/chapters';

export const getStaticPaths = (async () =>
  (await getChapters()).map((entry) => ({ params: { chapter: entry.id }, props: { title: entry.data.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  Response.json(oembedJson(chapterTarget(siteRoot(site), { id: params.chapter!, title: (props as { title: string }).title }), siteRoot(site)));
