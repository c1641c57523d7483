/**
 * The locator inset's frame and arithmetic, shared by the static maps (which
 * draw it, map/static/locator.ts) and the live map (which moves its
 * rectangle as the camera moves, without d3).
 */
import type { Bounds } from './camera';
import { mercatorY } from './mercator';

/** What the locator frames: Sinai, Israel, the Gaza Strip and the sea to Cyprus. */
export const LOCATOR_FRAME: Bounds = [31.0, 29.0, 36.6, 33.9];

/** Size of the drawing in its own units (a square of about 7 rem on screen). */
export const LOCATOR_SIZE = 100;

/** Zoom below which a view is not a close-up and gets no locator (the scale bar's rule too). */
export const LOCATOR_MIN_ZOOM = 7;

/** Where a [west, south, east, north] box falls in the locator, as x, y, width, height in its units (the live map's arithmetic). */
export function locatorRect([w, s, e, n]: Bounds, frame: Bounds = LOCATOR_FRAME, size = LOCATOR_SIZE): [number, number, number, number] {
  const [fw, fs, fe, fn] = frame;
  // The frame fitted into the square as d3's fitExtent does: one scale for
  // both axes (Mercator keeps shapes), centred on the other axis.
  const spanX = ((fe - fw) * Math.PI) / 180;
  const spanY = mercatorY(fn) - mercatorY(fs);
  const k = Math.min(size / spanX, size / spanY);
  const offX = (size - k * spanX) / 2;
  const offY = (size - k * spanY) / 2;
  const x = (lng: number) => offX + k * (((lng - fw) * Math.PI) / 180);
  const y = (lat: number) => offY + k * (mercatorY(fn) - mercatorY(lat));
  const x0 = Math.max(0, x(w));
  const y0 = Math.max(0, y(n));
  const x1 = Math.min(size, x(e));
  const y1 = Math.min(size, y(s));
  // Never smaller than a visible square: a street-level view is still a mark.
  const min = 4;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const wd = Math.max(min, x1 - x0);
  const ht = Math.max(min, y1 - y0);
  return [cx - wd / 2, cy - ht / 2, wd, ht];
}

