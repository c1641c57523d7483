/**
 * The share images' renderer: the card laid out at 1200 × 630, and a PNG of
 * that size that is not blank (its title's text is drawn in the page's
 * typeface, the map beside it).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { asXml, placeMap, renderImage, renderPng, SHARE_IMAGE, SHARE_MAP, shareImageSvg, type ShareCard } from '../../../src/build/share-image';

/** A stand-in for a static map: sea, one land shape and a label, as the builder writes it (width 100%, a bare data attribute). */
const MAP = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SHARE_MAP.width} ${SHARE_MAP.height}" width="100%" role="img" aria-label="Map: Gaza Strip" data-static-map="rafah">` +
  `<rect width="${SHARE_MAP.width}" height="${SHARE_MAP.height}" fill="#cfe0ea"/><path d="M100 100L500 120L420 560Z" fill="#fcd9bd" stroke="#c2410c" stroke-width="4" data-highlight/>` +
  `<text x="300" y="300" font-size="30">Rafah</text></svg>`;

const CARD: ShareCard = {
  kicker: 'Gaza · Rafah', eyebrow: 'Chapter 2 of 10', title: 'Rafah, on the border with Egypt',
  story: 'Egypt’s proposal for the Hamas fighters in Rafah', dateline: 'As reported on 6–7 November 2025', mapSvg: MAP,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the share image', () => {
  test('is laid out at 1200 × 630 with the map on the right', () => {
    const svg = shareImageSvg(CARD);
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).toMatch(new RegExp(`<svg[^>]* x="600" y="0" width="${SHARE_MAP.width}" height="${SHARE_MAP.height}"[^>]*data-static-map="rafah"`));
    expect(svg).toContain('>GAZA · RAFAH<');
    expect(svg).toContain('>Rafah, on the<');
    expect(svg).toContain('>border with Egypt<');
  });

  test('renders to a PNG of 1200 × 630', () => {
    expect(pngSize(renderPng(shareImageSvg(CARD)))).toEqual({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
  });

  test('is not blank: the title is drawn in ink on the panel, the map in its colours beside it', () => {
    const image = renderImage(shareImageSvg(CARD));
    const px = image.pixels;
    const at = (x: number, y: number) => [...px.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
    // Dark pixels (the title's glyphs) in the title's band of the text panel.
    let ink = 0;
    for (let y = 176; y < 360; y++) for (let x = 56; x < 500; x++) if (at(x, y).every((v) => v < 80)) ink++;
    expect(ink).toBeGreaterThan(2000);
    expect(at(1190, 10)).toEqual([0xcf, 0xe0, 0xea]); // the map's sea
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    expect(colours.size).toBeGreaterThan(20);
  });

  test('draws its text with the embedded typeface, not a missing font (no glyph would give no ink)', () => {
    const bare = new Resvg(asXml(shareImageSvg(CARD)), { font: { loadSystemFonts: false } }).render();
    const drawn = renderImage(shareImageSvg(CARD));
    const inkOf = (img: typeof drawn) => {
      const px = img.pixels; // a copy out of resvg each time it is read: read it once
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 80 && px[i + 1]! < 80) n++;
      return n;
    };
    expect(inkOf(bare)).toBe(0);
    expect(inkOf(drawn)).toBeGreaterThan(5000);
  });

  test('a title too long for the panel stops the build, naming it', () => {
    const title = 'A title that goes on and on and on, far longer than any chapter title could ever be, beyond the panel';
    expect(() => shareImageSvg({ ...CARD, title })).toThrow(/does not fit in 4 lines; shorten it/);
  });

  test('only takes a map from the static map builder', () => {
    expect(() => placeMap('<svg viewBox="0 0 1 1"></svg>', 0, 1, 1)).toThrow(/<svg width="100%">/);
  });
});

describe('asXml', () => {
  test('gives bare attributes a value and leaves quoted values alone', () => {
    expect(asXml('<path d="M0 0" data-highlight data-tiny/><text aria-label="a b c" x="1">x y</text>'))
      .toBe('<path d="M0 0" data-highlight="" data-tiny=""/><text aria-label="a b c" x="1">x y</text>');
  });
});
