/**
 * The web app manifest of the slides (issue 17): a teacher can install
 * /present/ as an app that opens full screen on the slides, and, with the
 * offline service worker, works in a room without a network. Every URL is
 * under the base path (BASE_PATH); the icons are the site's own files
 * (public/icons/).
 */
export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  id: string;
  display: 'fullscreen' | 'standalone';
  display_override: string[];
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** @param base the path the site is served under, starting and ending with '/' */
export function webManifest(base: string): WebManifest {
  return {
    name: 'Egypt’s Rafah proposal: slides',
    short_name: 'Rafah slides',
    description: 'The Rafah map story as slides for class, with the presenter’s notes and the handout; works without a network once opened.',
    lang: 'en',
    start_url: `${base}present/`,
    scope: base,
    id: `${base}present/`,
    // Slides on a projector: the whole screen; browsers that cannot go full screen fall back to a window without browser chrome.
    display: 'fullscreen',
    display_override: ['fullscreen', 'standalone'],
    background_color: '#fbfaf7',
    theme_color: '#9a3412',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
