/** The story's link-preview image, for every page that is not a chapter's (/share/story.png; build/share.ts). */
import type { APIRoute } from 'astro';
import { renderPng } from '../../build/share-image';
import { shareSvgFor } from '../../build/share';
import { getChapters } from '../../model/chapters';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(renderPng(shareSvgFor(await getChapters()))), { headers: { 'Content-Type': 'image/png' } });
