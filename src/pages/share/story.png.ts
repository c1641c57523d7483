/** The story's link-preview image, for every page that is not a chapter's (/share/story.png; build/share.ts). */
import type { APIRoute } from 'astro';
import { sharePngResponse } from '../../build/share-png';

export const GET: APIRoute = () => sharePngResponse('en');
