/** oEmbed JSON for the whole Arabic story in a frame (/ar/oembed/story.json): the Arabic title and snippet. */
import type { APIRoute } from 'astro';
import { oembedJson } from '../../../embed/snippet';
import { langRoot, providerName, storyTarget } from '../../../embed/targets';
import { siteRoot } from '../../../build/site-root';

export const GET: APIRoute = ({ site }) =>
  Response.json(oembedJson(storyTarget(siteRoot(site), 'ar'), langRoot(siteRoot(site), 'ar'), providerName('ar')));
