/**
 * The one Debian Chromium and the flags every tool here launches it with:
 * the browser tests (test/e2e/browser.ts), the Lighthouse runs and the
 * chapter-to-chapter measure of `npm run bench`. WebGL runs on SwiftShader
 * (no --disable-gpu), so MapLibre really renders.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];
