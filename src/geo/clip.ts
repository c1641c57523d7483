/**
 * Clipping to a box. Lines use turf.bboxClip. Polygons use a true polygon
 * intersection (turf.intersect): bboxClip's Sutherland–Hodgman algorithm
 * joins the pieces of a polygon that leaves and re-enters the box with
 * zero-width edges along the box side (the Rio Grande at 100°W, Greenland at
 * 66°N), which are self-intersections MapLibre draws as slivers.
 */
import { bboxPolygon, featureCollection, intersect, polygon } from '@turf/turf';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import type { BBox } from './properties';

const inside = (rings: Position[][], [w, s, e, n]: BBox) =>
  rings[0]!.every(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n);

/** The parts of `polys` inside `box`, as polygon coordinate arrays (winding per RFC 7946 if the input was). */
export function clipPolygons(polys: Position[][][], box: BBox): Position[][][] {
  const frame = bboxPolygon(box);
  return polys.flatMap((rings) => {
    if (inside(rings, box)) return [rings]; // most parts: skip the costly intersection
    const part = intersect(featureCollection([polygon(rings), frame]));
    if (!part) return [];
    return part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : part.geometry.coordinates;
  });
}

export function clipGeometry(g: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon | null {
  const parts = clipPolygons(g.type === 'Polygon' ? [g.coordinates] : g.coordinates, box);
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
