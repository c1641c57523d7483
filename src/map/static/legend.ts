/**
 * A static map's legend (data-legend): the entries of map/shared/legend.ts,
 * each a swatch drawn as the map draws its symbol, and its text.
 */
import type { LegendEntry } from '../shared/legend';
import type { MapPalette } from '../shared/paint';
import { attrs, el, escapeText, num } from '../../util/svg';
import { estimateWidth } from '../../util/wrap';

/** A swatch `size` units tall at (x, y), its top-left corner. */
function swatch(e: LegendEntry, x: number, y: number, size: number): string {
  const w = size * 1.4;
  if (e.kind === 'point') return el('circle', { cx: num(x + w / 2), cy: num(y + size / 2), r: num(size * 0.32), fill: e.fill, stroke: e.stroke, 'stroke-width': 1 });
  if (e.kind === 'area') return el('rect', { x: num(x), y: num(y + size * 0.1), width: num(w), height: num(size * 0.8), fill: e.fill ?? 'none', stroke: e.stroke, 'stroke-width': 1.5 });
  const dash = e.dash ? e.dash.map((d) => num(d * 2)).join(' ') : undefined;
  return el('line', { x1: num(x), y1: num(y + size / 2), x2: num(x + w), y2: num(y + size / 2), stroke: e.stroke, 'stroke-width': 2.5, 'stroke-dasharray': dash });
}

/** The legend's size for these entries at this text size. */
export function legendSize(entries: readonly LegendEntry[], fontSize: number): { width: number; height: number } {
  const line = fontSize * 1.3;
  const text = Math.max(...entries.map((e) => estimateWidth(e.text, fontSize)));
  return { width: fontSize * 2.4 + text + fontSize * 0.8, height: entries.length * line + fontSize * 0.6 };
}

/** The legend as a group with its top-left corner at (x, y). */
export function legendGroup(entries: readonly LegendEntry[], x: number, y: number, fontSize: number, palette: MapPalette): string {
  const { width, height } = legendSize(entries, fontSize);
  const line = fontSize * 1.3;
  const rows = entries.map((e, i) => {
    const top = y + fontSize * 0.3 + i * line;
    return `<g${attrs({ 'data-legend-entry': e.layer })}>` + swatch(e, x + fontSize * 0.4, top + fontSize * 0.1, fontSize) +
      `<text${attrs({ x: num(x + fontSize * 2.4), y: num(top + fontSize * 0.85), 'font-size': num(fontSize), fill: palette.label })}>${escapeText(e.text)}</text></g>`;
  });
  return `<g${attrs({ 'data-legend': '', class: 'sm-legend' })}>` +
    el('rect', { x: num(x), y: num(y), width: num(width), height: num(height), fill: palette.halo, 'fill-opacity': 0.9, stroke: palette.border, 'stroke-width': 0.8, rx: 3 }) +
    rows.join('') + '</g>';
}
