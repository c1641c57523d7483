/**
 * The locator inset of a close-up: a small map of the region (Egypt, Israel,
 * the Gaza Strip and the sea around them) with a rectangle for the part the
 * main map shows, so a reader zoomed to 20 km of border knows where it is.
 *
 * Pure, drawn at build time with d3-geo: the static maps nest it in a corner
 * (data-locator), and the live map's stage shows the same drawing and moves
 * its rectangle as the camera moves (map/shared/locator.ts: one fixed Web
 * Mercator frame for every chapter, so the live map places the rectangle
 * with the same arithmetic, without d3).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { geoMercator } from 'd3';
import type { Bounds } from '../shared/camera';
import { LOCATOR_FRAME, LOCATOR_SIZE, locatorRect } from '../shared/locator';
import type { MapPalette } from '../shared/paint';
import { attrs, el, num } from '../../util/svg';
import { leanPath, rewindForD3 } from './geometry';

export { LOCATOR_FRAME, LOCATOR_MIN_ZOOM, LOCATOR_SIZE, locatorRect } from '../shared/locator';

export interface LocatorInput {
  /** Land to draw (the world source): only what lies in the frame is drawn. */
  land: FeatureCollection;
  /** The place the story is about, filled in the highlight colour (the Gaza Strip). */
  place: Feature;
  palette: MapPalette;
}

/** The locator's drawing, without its rectangle: sea, land, borders and the place, in a LOCATOR_SIZE square. */
export function locatorBase({ land, place, palette: c }: LocatorInput): string {
  const [fw, fs, fe, fn] = LOCATOR_FRAME;
  // A Mercator fitted to the frame's corners (points: a polygon's edges would
  // be great circles to d3, bulging past the parallels), as locatorRect computes.
  const projection = geoMercator().fitExtent([[0, 0], [LOCATOR_SIZE, LOCATOR_SIZE]], {
    type: 'MultiPoint', coordinates: [[fw, fs], [fe, fs], [fe, fn], [fw, fn]],
  });
  projection.clipExtent([[0, 0], [LOCATOR_SIZE, LOCATOR_SIZE]]);
  // Coarse: the inset is about 6 rem wide, and every close-up's static map carries one.
  const path = leanPath(projection, 1.2, 0);
  const inFrame = land.features.filter((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(rewindForD3(f));
    return x1 > 0 && y1 > 0 && x0 < LOCATOR_SIZE && y0 < LOCATOR_SIZE;
  });
  const d = inFrame.map((f) => path(rewindForD3(f)) ?? '').join('');
  return [
    el('rect', { width: LOCATOR_SIZE, height: LOCATOR_SIZE, fill: c.sea }),
    el('path', { d, fill: c.land, stroke: c.border, 'stroke-width': 0.6 }),
    el('path', { d: path(rewindForD3(place)) ?? '', fill: c.highlight, stroke: c.highlight, 'stroke-width': 1.2 }),
  ].join('');
}

/** The rectangle for a view, in the highlight colour with a white casing so it reads on land and sea. */
export function locatorMark(view: Bounds, palette: MapPalette): string {
  const [x, y, w, h] = locatorRect(view);
  const box = { x: num(x), y: num(y), width: num(w), height: num(h), fill: 'none' };
  return el('rect', { ...box, 'data-locator-casing': '', stroke: palette.halo, 'stroke-width': 3.5 }) + el('rect', { ...box, 'data-locator-view': '', stroke: palette.highlight, 'stroke-width': 1.8 });
}

/** The locator as a group to nest in a static map: at (x, y), `size` units wide, framed. */
export function locatorGroup(input: LocatorInput, view: Bounds, x: number, y: number, size: number): string {
  const k = size / LOCATOR_SIZE;
  return `<g${attrs({ 'data-locator': '', class: 'sm-locator', transform: `translate(${num(x)} ${num(y)}) scale(${num(k)})` })}>` +
    locatorBase(input) + locatorMark(view, input.palette) +
    el('rect', { width: LOCATOR_SIZE, height: LOCATOR_SIZE, fill: 'none', stroke: input.palette.label, 'stroke-width': 1 / k }) +
    '</g>';
}
