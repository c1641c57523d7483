/** oEmbed JSON for the whole story in a frame, written at build time (/oembed/story.json). */
import type { APIRoute } from 'astro';
import { oembedJson } from '../../embed/snippet';
import { storyTarget } from '../../embed/targets';
import { siteRoot } from '../../build/site-root';

export const GET: APIRoute = ({ site }) => Response.json(oembedJson(storyTarget(siteRoot(site)), siteRoot(site)));
