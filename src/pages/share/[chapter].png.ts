/** Each chapter's link-preview image, drawn at build time (/share/<chapter-id>.png; build/share.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePngResponse } from '../../build/share-png';
import { CHAPTER_IDS } from '../../model/ids';

export const getStaticPaths = (() => CHAPTER_IDS.map((chapter) => ({ params: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => sharePngResponse('en', params.chapter);
