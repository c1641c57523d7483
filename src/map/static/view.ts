/**
 * The projection of a static map: the same Web Mercator camera MapLibre
 * would use for the chapter's view, so the poster lines up with the live map
 * that replaces it.
 *
 * MapLibre draws the world 512·2^zoom px wide (512 px tiles); d3's Mercator
 * draws it 2π·scale wide; so scale = 512·2^zoom / 2π. A fit frames the
 * [west, south, east, north] box of the features' vertices, as MapLibre's
 * fitBounds does with the bounds computed by featureBounds() at build time,
 * and stops at the same default maxZoom as the map director.
 */
import { geoMercator, type GeoProjection } from 'd3';
import type { Feature, Geometry, Position } from 'geojson';
import { FIT_MAX_ZOOM, type Bounds } from '../shared/camera';
import { latitudeOf, mercatorY, scaleToZoom, zoomToScale } from '../shared/mercator';

export type { Bounds };

/** A chapter's view as the schema gives it: features to fit, or a camera. */
export type StaticView =
  | { fit: readonly string[]; maxZoom?: number }
  | { center: readonly [number, number]; zoom: number };


function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); break;
    case 'MultiPoint': case 'LineString': geometry.coordinates.forEach(visit); break;
    case 'MultiLineString': case 'Polygon': geometry.coordinates.forEach((line) => line.forEach(visit)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit))); break;
    case 'GeometryCollection': geometry.geometries.forEach((g) => eachPosition(g, visit)); break;
  }
}

/** [west, south, east, north] of the features' vertices (as turf's bbox, which featureBounds uses). */
export function boundsOf(features: readonly Feature[]): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (!f.geometry) continue;
    eachPosition(f.geometry, ([x = 0, y = 0]) => {
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    });
  }
  if (!Number.isFinite(b[0])) throw new Error('static map: nothing to fit (the fit features have no geometry)');
  return b;
}


/**
 * The camera (centre and zoom) that fits `bounds` into width × height less
 * `padding` on every side, no closer than maxZoom.
 */
export function fitCamera(bounds: Bounds, width: number, height: number, padding: number, maxZoom = FIT_MAX_ZOOM): { center: [number, number]; zoom: number } {
  const [w, s, e, n] = bounds;
  const dx = ((e - w) * Math.PI) / 180;
  const dy = mercatorY(n) - mercatorY(s);
  const scale = Math.min((width - 2 * padding) / dx, (height - 2 * padding) / dy);
  const zoom = Math.min(scaleToZoom(scale), maxZoom);
  return { center: [(w + e) / 2, latitudeOf((mercatorY(s) + mercatorY(n)) / 2)], zoom };
}

/** A Mercator projection centred on the camera, filling width × height. */
export function cameraProjection(center: readonly [number, number], zoom: number, width: number, height: number): GeoProjection {
  return geoMercator().scale(zoomToScale(zoom)).center([center[0], center[1]]).translate([width / 2, height / 2]);
}

/** The projection for a view; `fitFeatures` are the features named by `view.fit`. */
export function viewProjection(view: StaticView, fitFeatures: readonly Feature[], width: number, height: number, padding: number): GeoProjection {
  if ('fit' in view) {
    const camera = fitCamera(boundsOf(fitFeatures), width, height, padding, view.maxZoom);
    return cameraProjection(camera.center, camera.zoom, width, height);
  }
  return cameraProjection(view.center, view.zoom, width, height);
}
