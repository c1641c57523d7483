/** Each chapter's link-preview image, drawn at build time (/share/<chapter-id>.png; build/share.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../../build/share-image';
import { shareSvgFor } from '../../build/share';
import { getChapters } from '../../model/chapters';

export const getStaticPaths = (async () =>
  (await getChapters()).map((entry) => ({ params: { chapter: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(renderPng(shareSvgFor(await getChapters(), params.chapter!))), { headers: { 'Content-Type': 'image/png' } });
