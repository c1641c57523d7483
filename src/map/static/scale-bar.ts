/**
 * A metric scale bar for a static close-up, as the live map's control draws
 * one: a round length (1, 2 or 5 × 10ⁿ metres) about a fifth of the map's
 * width, measured at the map's centre latitude in Web Mercator.
 */
import { metresPerPixel } from '../shared/mercator';
import type { MapPalette } from '../shared/paint';
import { attrs, el, escapeText, num } from '../../util/svg';

/** The round length, in metres, closest below `maxMetres`. */
export function roundLength(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const first = maxMetres / power;
  return power * (first >= 5 ? 5 : first >= 2 ? 2 : 1);
}

/** "500 m", "2 km". */
export const formatLength = (metres: number, units: { km: string; m: string } = { km: 'km', m: 'm' }) =>
  (metres >= 1000 ? `${metres / 1000} ${units.km}` : `${metres} ${units.m}`);

/**
 * The bar as an SVG group at (x, y) (its left end, on the baseline), for a map
 * whose units are MapLibre pixels at `zoom` (× `unitsPerPixel`), centred at `lat`.
 */
export function scaleBar(opts: { lat: number; zoom: number; maxUnits: number; x: number; y: number; fontSize: number; unitsPerPixel?: number; palette: MapPalette; units?: { km: string; m: string; direction?: 'rtl' } }): string {
  const { lat, zoom, maxUnits, x, y, fontSize, palette: c } = opts;
  const metresPerUnit = metresPerPixel(lat, zoom) / (opts.unitsPerPixel ?? 1);
  const metres = roundLength(maxUnits * metresPerUnit);
  const length = metres / metresPerUnit;
  const tick = fontSize * 0.5;
  const bar = `M${num(x)} ${num(y - tick)}V${num(y)}H${num(x + length)}V${num(y - tick)}`;
  return `<g${attrs({ 'data-scale-bar': '', 'data-metres': metres, class: 'sm-scale-bar' })}>` +
    el('path', { d: bar, fill: 'none', stroke: c.halo, 'stroke-width': 4 }) +
    el('path', { d: bar, fill: 'none', stroke: c.label, 'stroke-width': 1.5 }) +
    `<text${attrs({ x: num(x + length / 2), y: num(y - tick - fontSize * 0.3), 'text-anchor': 'middle', ...(opts.units?.direction ? { direction: opts.units.direction } : {}), 'font-size': fontSize, fill: c.label, stroke: c.halo, 'stroke-width': 3, 'paint-order': 'stroke' })}>${escapeText(formatLength(metres, opts.units))}</text>` +
    '</g>';
}
