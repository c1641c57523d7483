/**
 * Web Mercator as MapLibre draws it (512-pixel tiles), north up and without
 * pitch. The browser tests use it to find a feature on the map's canvas from
 * the stage's `data-center` and `data-zoom`, without reaching into the page's
 * map object.
 */
export type LngLat = readonly [lng: number, lat: number];

/** MapLibre's tile size: the world is TILE_SIZE · 2^zoom CSS pixels wide. */
export const TILE_SIZE = 512;

/** Size of the whole world in CSS pixels at `zoom`. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** d3's Mercator draws the world 2π·scale wide: the d3 scale for a MapLibre zoom, and back. */
export const zoomToScale = (zoom: number): number => worldSize(zoom) / (2 * Math.PI);
export const scaleToZoom = (scale: number): number => Math.log2((scale * 2 * Math.PI) / TILE_SIZE);

/** Mercator y of a latitude, unscaled, y up (d3's mercatorRaw): the one Mercator formula here. */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The latitude of a Mercator y (the inverse of mercatorY). */
export const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** A position in CSS pixels from the world's top-left corner at `zoom`. */
export function worldPixel([lng, lat]: LngLat, zoom: number): [number, number] {
  const size = worldSize(zoom);
  return [((lng + 180) / 360) * size, (0.5 - mercatorY(lat) / (2 * Math.PI)) * size];
}

/** Where `point` appears on a map of `width` × `height` CSS pixels centred on `center` at `zoom`. */
export function screenPoint(point: LngLat, center: LngLat, zoom: number, [width, height]: readonly [number, number]): [number, number] {
  const [px, py] = worldPixel(point, zoom);
  const [cx, cy] = worldPixel(center, zoom);
  return [width / 2 + px - cx, height / 2 + py - cy];
}

/** Ground metres per CSS pixel at latitude `lat` and `zoom` (WGS 84 equator). */
export const metresPerPixel = (lat: number, zoom: number) =>
  (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
