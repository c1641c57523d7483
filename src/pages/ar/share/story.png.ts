/** The Arabic story's link-preview image, for every Arabic page that is not a chapter's (/ar/share/story.png). */
import type { APIRoute } from 'astro';
import { sharePngResponse } from '../../../build/share-png';

export const GET: APIRoute = () => sharePngResponse('ar');
