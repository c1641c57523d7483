/**
 * The share images as build endpoints answer them (src/pages/share/*.png.ts
 * and src/pages/ar/share/*.png.ts): one chapter's, or the story's, in a
 * language, drawn at build time.
 */
import type { Lang } from '../model/lang';
import { getChapters } from '../model/chapters';
import { renderPng, SHARE_IMAGE } from './share-image';
import { shareSvgFor } from './share';

export async function sharePngResponse(lang: Lang, chapterId?: string): Promise<Response> {
  const png = renderPng(shareSvgFor(await getChapters(lang), chapterId, lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SHARE_IMAGE.type } });
}
