/** oEmbed JSON for each Arabic chapter card (/ar/oembed/<chapter-id>.json): the Arabic title and snippet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedJson } from '../../../embed/snippet';
import { chapterTarget, langRoot, providerName } from '../../../embed/targets';
import { siteRoot } from '../../../build/site-root';
import { getChapters } from '../../../model/chapters';

export const getStaticPaths = (async () =>
  (await getChapters('ar')).map((entry) => ({ params: { chapter: entry.id }, props: { title: entry.data.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  Response.json(oembedJson(
    chapterTarget(siteRoot(site), { id: params.chapter!, title: (props as { title: string }).title }, 'ar'),
    langRoot(siteRoot(site), 'ar'),
    providerName('ar'),
  ));
