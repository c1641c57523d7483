/**
 * HTTP headers for hosts that let a site set them (the <meta> Content
 * Security Policy on every page cannot say who may frame it). The local
 * server (serve.mjs) sends exactly these; README.md shows them for other hosts.
 *
 * Embeds (/embed/…) may be framed by any site: that is their purpose. Every
 * other page may not be framed at all.
 */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export function securityHeaders(pathname) {
  const embeddable = pathname === '/embed/' || pathname.startsWith('/embed/') || pathname.startsWith('/oembed/');
  return embeddable
    ? { ...COMMON_HEADERS, 'Content-Security-Policy': 'frame-ancestors *' }
    : { ...COMMON_HEADERS, 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
}
