/**
 * Link previews that show the map: a 1200 × 630 PNG per chapter (and one for
 * the story), drawn at build time from the chapter's static map with its
 * title beside it, for og:image / twitter:image. Crawlers fetch them; the
 * story never loads them.
 *
 * The SVG is laid out here (pure, tested) and rasterised by resvg with the
 * page's own typeface and no system fonts, so the text looks the same on
 * every machine that builds the site.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { MAP_COLOURS } from '../map/shared/paint';
import { attrs, el, escapeText, num } from '../util/svg';
import { estimateWidth, wrapText } from '../util/wrap';
import { woffToSfnt } from './woff';
import { projectPath } from '../geo/read';

/** The size Facebook, LinkedIn, X and messaging apps show large (1.91 : 1). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The typeface's family name inside its font files (the page calls it 'Source Sans'). */
export const SHARE_FONT_FAMILY = 'Source Sans 3';

/**
 * The face of the Arabic images: the Arabic pages' own (IBM Plex Sans
 * Arabic), from its complete files (src/build/fonts/README.md). The page's
 * @fontsource subsets split Arabic from the digits and guillemets, and resvg
 * cannot fall back from one face to another inside right-to-left text.
 */
export const SHARE_FONT_FAMILY_ARABIC = 'IBM Plex Sans Arabic';

/** The page's colours (global.css, light scheme): the image is always light, like the maps. */
const INK = { paper: '#fbfaf7', text: MAP_COLOURS.label, muted: '#4b5563', accent: '#9a3412', rule: '#d6d3cd' } as const;

/** The text panel on the left; the map fills the rest, full height. */
const PANEL = 600;
const PAD = 56;
/** Labels at 14 px where the map shows 340 px wide: about 10 px where a feed shows the image 500 px wide, as large as a thumbnail allows. */
export const SHARE_MAP = { width: SHARE_IMAGE.width - PANEL, height: SHARE_IMAGE.height, minRenderWidth: 340 } as const;

export interface ShareCard {
  /** The line above the title ("Gaza · Rafah"). */
  kicker: string;
  /** "Chapter 2 of 10", or "A map story". */
  eyebrow: string;
  /** The chapter's title, or the story's headline. */
  title: string;
  /** Under the title: the story's name (on a chapter's image), or nothing. */
  story?: string;
  /** At the foot: when the story's report is from. */
  dateline: string;
  /** The map, an <svg> SHARE_MAP.width × SHARE_MAP.height in its viewBox (build/chapter-map.ts). */
  mapSvg: string;
  /** Right to left (Arabic): the text panel on the right, in the Arabic face, the map on the left. */
  dir?: 'rtl';
}

/**
 * wrap.ts's width estimate errs wide, for the page's fallback system fonts;
 * the faces here are narrower: Source Sans 3 Bold's titles measure about
 * 0.71 of the estimate, IBM Plex Sans Arabic Bold's Arabic titles 0.63–0.73
 * (resvg's own boxes; test/unit/build/share.test.ts draws them). 0.8 keeps a
 * margin and stops early breaks ("a “litmus / test”").
 */
const FACE_WIDTH = 0.8;

/** The largest title size from these at which the title fits its lines, wrapped. */
function fitTitle(title: string, maxLines: number): { size: number; lines: string[] } {
  const width = (PANEL - 2 * PAD) / FACE_WIDTH;
  for (const size of [56, 50, 44, 40]) {
    const lines = wrapText(title, width, size, true);
    if (lines.length <= maxLines && lines.every((l) => estimateWidth(l, size, true) <= width)) return { size, lines };
  }
  const lines = wrapText(title, width, 40, true);
  if (lines.length > maxLines) throw new Error(`share image: the title "${title}" does not fit in ${maxLines} lines; shorten it`);
  return { size: 40, lines };
}

/** The map's root <svg>, set in the image's right-hand part (its own viewBox keeps its drawing). */
export function placeMap(mapSvg: string, x: number, width: number, height: number): string {
  const open = /^<svg\b[^>]*>/.exec(mapSvg)?.[0];
  if (!open || !/\swidth="100%"/.test(open)) throw new Error('share image: the map must be an <svg width="100%"> from the static map builder');
  return mapSvg.replace(open, open.replace(/\swidth="100%"/, attrs({ x, y: 0, width, height })));
}

/** U+200F RIGHT-TO-LEFT MARK: invisible, and sets the direction of the line it starts. */
const RLM = '\u200f';

/** The share image as SVG: text panel on the left, the chapter's map on the right (mirrored right to left). */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const rtl = card.dir === 'rtl';
  // Right to left, every text line ends at the panel's right margin (resvg anchors `end` on the right whatever the direction).
  const x = rtl ? width - PAD : PAD;
  const anchor = rtl ? { 'text-anchor': 'end' } : {};
  const story = card.story ? wrapText(card.story, (PANEL - 2 * PAD) / FACE_WIDTH, 26, true) : [];
  if (story.length > 2) throw new Error(`share image: the story's name "${card.story}" takes more than 2 lines`);
  const { size, lines } = fitTitle(card.title, story.length ? 4 : 5);
  const titleTop = 176;
  // A right-to-left line starts with a right-to-left mark: resvg takes a line's direction from its first
  // character, so a line that starts with a guillemet or a digit would otherwise be laid out left to right.
  const line = (text: string, y: number, a: Record<string, string | number>) =>
    `<text${attrs({ x, y: num(y), ...anchor, ...a })}>${rtl ? RLM : ''}${escapeText(text)}</text>`;
  const footY = height - PAD;
  const divider = rtl ? width - PANEL : PANEL;
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`,
    'font-family': rtl ? SHARE_FONT_FAMILY_ARABIC : SHARE_FONT_FAMILY, 'data-share-image': '', ...(rtl ? { 'data-dir': 'rtl' } : {}),
  }, [
    el('rect', { width, height, fill: INK.paper }),
    el('rect', { x: rtl ? width - 10 : 0, width: 10, height, fill: INK.accent }),
    // Capitals and letter-spacing are Latin typography: spaced Arabic letters would come apart.
    line(rtl ? card.kicker : card.kicker.toUpperCase(), 92, { 'font-size': 26, 'font-weight': 700, ...(rtl ? {} : { 'letter-spacing': 2.5 }), fill: INK.accent }),
    line(card.eyebrow, 132, { 'font-size': 26, fill: INK.muted }),
    // Arabic's marks reach further above and below the line than Latin's: more leading.
    ...lines.map((l, i) => line(l, titleTop + size * (0.9 + i * (rtl ? 1.3 : 1.1)), { 'font-size': size, 'font-weight': 700, fill: INK.text })),
    ...story.map((l, i) => line(l, footY - 44 - (story.length - 1 - i) * 32, { 'font-size': 26, 'font-weight': 700, fill: INK.text })),
    line(card.dateline, footY, { 'font-size': 24, fill: INK.muted }),
    placeMap(card.mapSvg, rtl ? 0 : PANEL, width - PANEL, height),
    el('line', { x1: divider, y1: 0, x2: divider, y2: height, stroke: INK.rule, 'stroke-width': 2 }),
  ]);
}

const fontsource = (file: string) => createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/${file}`);

/** The vendored Arabic face (src/build/fonts/README.md). */
const ARABIC_FONTS = ['IBMPlexSansArabic-Regular', 'IBMPlexSansArabic-Bold'];

let fontFiles: string[] | undefined;
/**
 * The page's two weights (Latin, as the page loads them) and the Arabic
 * face's two, as TTF files resvg can read, unwrapped from WOFF once per
 * process into a folder of the system's temporary directory.
 */
function shareFonts(): string[] {
  if (fontFiles) return fontFiles;
  const dir = join(tmpdir(), 'rafah-share-fonts');
  mkdirSync(dir, { recursive: true });
  const unwrap = (name: string, woff: string) => {
    const ttf = join(dir, `${name}.ttf`);
    // Written under a temporary name, then renamed: two builds at once never read half a file.
    const part = `${ttf}.${process.pid}.part`;
    writeFileSync(part, woffToSfnt(readFileSync(woff)));
    renameSync(part, ttf);
    return ttf;
  };
  fontFiles = [
    ...['400', '700'].map((weight) => `source-sans-3-latin-${weight}-normal`).map((name) => unwrap(name, fontsource(`${name}.woff`))),
    ...ARABIC_FONTS.map((name) => unwrap(name, projectPath(`src/build/fonts/${name}.woff`))),
  ];
  return fontFiles;
}

/**
 * The SVG as XML: the static maps are written for HTML, where a bare
 * attribute (`data-highlight`) is allowed; an XML parser such as resvg's
 * needs a value (`data-highlight=""`).
 */
export function asXml(svg: string): string {
  return svg.replace(/<([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g, (_, tag: string, list: string, close: string) =>
    `<${tag}${list.replace(/(\s+)([^\s=/>]+)(\s*=\s*(?:"[^"]*"|'[^']*'))?/g, (_m: string, space: string, name: string, value?: string) => `${space}${name}${value ?? '=""'}`)}${close}>`);
}

/** resvg with the embedded typefaces only, never the machine's fonts. */
const resvgOf = (svg: string) =>
  new Resvg(asXml(svg), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: shareFonts(), defaultFontFamily: SHARE_FONT_FAMILY, sansSerifFamily: SHARE_FONT_FAMILY },
    textRendering: 1,
    shapeRendering: 2,
  });

/** A share image's SVG rasterised. */
export const renderImage = (svg: string): RenderedImage => resvgOf(svg).render();

/** The width of what an SVG draws, as resvg lays it out with the embedded typefaces (0 for nothing drawn). */
export const drawnWidth = (svg: string): number => resvgOf(svg).getBBox()?.width ?? 0;

/** The PNG of a share image's SVG. */
export const renderPng = (svg: string): Buffer => renderImage(svg).asPng();
