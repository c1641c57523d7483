/** The slides' web app manifest (/manifest.webmanifest), written at build time; /present/ links it. */
import type { APIRoute } from 'astro';
import { webManifest } from '../build/web-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/manifest+json' } });
