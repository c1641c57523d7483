/**
 * The style that lays the story out without JavaScript: the stage, which
 * cannot follow the reader without a script, is hidden and each chapter
 * shows its own static map. It is inline (in <noscript>), so the Content
 * Security Policy allows it by its hash (astro.config.mjs).
 */
import { createHash } from 'node:crypto';

export const NOSCRIPT_STYLE =
  '.stage-column{display:none}.story-text{margin-top:0}.story .story-header{margin-top:0;box-shadow:none}' +
  '.chapter .chapter-map{position:static;width:auto;height:auto;overflow:visible;clip-path:none;margin:.5rem 0 1rem}' +
  '.chapters .chapter{min-height:0;padding-top:1.5rem;padding-bottom:1.5rem}' +
  '.chapter-nav{display:none}';

export const cspHash = (css: string) => `sha256-${createHash('sha256').update(css).digest('base64')}`;
