/**
 * Building SVG markup as strings, safely. Charts and static maps are rendered
 * at build time into the HTML, so there is no DOM: every label passes through
 * `escapeText` / `escapeAttr` here and nowhere else builds markup by hand.
 */

import { escapeAttr, escapeText } from './escape';

export { escapeAttr, escapeText };

/**
 * A number as short as it can be written: one decimal at most, no trailing
 * zero, no "-0". The markup is inlined in every page, so bytes matter.
 */
export function num(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

/**
 * Attributes as markup, each with a leading space. `true` writes a bare
 * attribute, `false`/`null`/`undefined` leave it out, numbers go through num().
 */
export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === false || value === null || value === undefined) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeAttr(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

/**
 * One element. `children` is markup that has already been built (by el() or
 * escapeText()); a string is never inserted unescaped by accident because
 * text goes through `text()` below.
 */
export function el(tag: string, attributes: Attrs = {}, children?: string | readonly string[]): string {
  const inner = Array.isArray(children) ? children.join('') : (children ?? '');
  if (children === undefined || inner === '') return `<${tag}${attrs(attributes)}/>`;
  return `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

/** A <text> element with escaped content. */
export function text(content: string, attributes: Attrs = {}): string {
  return `<text${attrs(attributes)}>${escapeText(content)}</text>`;
}

/** A <text> of several lines (tspans), the first baseline at `y`. */
export function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attributes: Attrs = {}): string {
  const spans = lines.map((line, i) =>
    `<tspan${attrs({ x, y: y + i * lineHeight })}>${escapeText(line)}</tspan>`,
  );
  return `<text${attrs(attributes)}>${spans.join('')}</text>`;
}

/**
 * Text must read at 14 CSS px or more on a 320 px phone. The SVG scales with
 * its container (viewBox + width 100%), and on a 320 px screen a chapter card
 * leaves 256 px for it (320 less the chapter's 0.75rem and the card's 1.25rem
 * padding on each side, src/styles/global.css). So a drawing `width` units
 * wide needs this font size, in its own units, to show 14 px there.
 */
export const MIN_TEXT_PX = 14;
export const NARROWEST_RENDER_PX = 256;
export function textSizeFor(width: number, narrowestRenderPx = NARROWEST_RENDER_PX): number {
  return Math.ceil((MIN_TEXT_PX * width) / narrowestRenderPx);
}

export interface SvgRootOptions {
  width: number;
  height: number;
  /** Ids of the <title> and <desc> inside; must be unique on the page. */
  titleId: string;
  descId: string;
  title: string;
  description: string;
  className?: string;
  /** Extra attributes on <svg> (data-* hooks). */
  extra?: Attrs;
}

/**
 * The outer <svg>: scales to its container (width 100%, height from the
 * viewBox's aspect ratio), announced as one image named by its <title> and
 * described by its <desc>.
 */
export function svgRoot(options: SvgRootOptions, body: string): string {
  const { width, height, titleId, descId } = options;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      class: options.className,
      'font-size': textSizeFor(width),
      ...options.extra,
    },
    [
      el('title', { id: titleId }, escapeText(options.title)),
      el('desc', { id: descId }, escapeText(options.description)),
      body,
    ],
  );
}
