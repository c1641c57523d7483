/**
 * Web Mercator as MapLibre draws it (512-pixel tiles), north up and without
 * pitch. The browser tests use it to find a feature on the map's canvas from
 * the stage's `data-center` and `data-zoom`, without reaching into the page's
 * map object.
 */
export type LngLat = readonly [lng: number, lat: number];

/** Size of the whole world in CSS pixels at `zoom`. */
export const worldSize = (zoom: number) => 512 * 2 ** zoom;

/** A position in CSS pixels from the world's top-left corner at `zoom`. */
export function worldPixel([lng, lat]: LngLat, zoom: number): [number, number] {
  const size = worldSize(zoom);
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
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
