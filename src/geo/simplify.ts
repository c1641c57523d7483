/**
 * Makes a layer lean for the browser: clip to the region the map shows
 * (clip.ts), simplify for the zooms it is drawn at, round coordinates, and
 * drop what that collapsed. Pure: returns new features, never mutates input.
 */
import { bboxClip, kinks, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { clipGeometry } from './clip';
import type { BBox } from './properties';

export interface LeanOptions {
  /** Clip polygons and lines to this box; points are never clipped (validation checks them). */
  clip?: BBox;
  /** Douglas–Peucker tolerance in degrees; 0 keeps every vertex. */
  tolerance: number;
  /** Decimals kept: 5 ≈ 1 m, 3 ≈ 100 m. */
  precision: number;
  /**
   * Finer settings for polygons and lines that reach into `box`: the world
   * layer is seen up close only around Israel and Egypt, so only there does
   * it need detail. Decided per polygon (France's mainland is coarse, so is
   * French Guiana) but for whole polygons, so no outline is half fine.
   */
  detail?: { box: BBox; tolerance: number; precision: number };
}

const boxesIntersect = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function boundsOf(line: Position[]): BBox {
  const xs = line.map((p) => p[0]!);
  const ys = line.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Tolerance and precision for one polygon ring or line. */
function settingsFor(line: Position[], { tolerance, precision, detail }: LeanOptions): { tolerance: number; precision: number } {
  return detail && boxesIntersect(boundsOf(line), detail.box) ? detail : { tolerance, precision };
}

/** Rounds a position to `precision` decimals (longitude, latitude; altitude dropped). */
export function roundPosition(p: Position, precision: number): Position {
  const k = 10 ** precision;
  return [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drops consecutive duplicates that rounding creates. */
function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || !samePosition(p, line[i - 1]!));
}

/** Signed planar area in square degrees: enough to find rings that collapsed. */
function planarArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

/**
 * A ring after rounding, or null when it collapsed: fewer than 4 positions,
 * or smaller than a square of the tolerance (an islet the zoom cannot show).
 */
function roundRing(ring: Position[], precision: number, minArea: number): Position[] | null {
  const out = dedupe(ring.map((p) => roundPosition(p, precision)));
  if (out.length < 4 || !samePosition(out[0]!, out[out.length - 1]!)) return null;
  return Math.abs(planarArea(out)) > minArea ? out : null;
}

function roundPolygon(rings: Position[][], precision: number, minArea: number): Position[][] | null {
  const outer = rings[0] && roundRing(rings[0], precision, minArea);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, precision, minArea)).filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

const crossesItself = (rings: Position[][]) => kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;

/**
 * One polygon simplified and rounded. Douglas–Peucker can make a ring cross
 * itself (narrow estuaries, peninsulas); then the polygon is simplified
 * again at half the tolerance, down to no simplification, until it does not.
 */
export function leanPolygon(rings: Position[][], tolerance: number, precision: number): Position[][] | null {
  const minArea = Math.max(tolerance, 10 ** -precision) ** 2;
  for (let t = tolerance; ; t /= 2) {
    const exact = t < 10 ** -(precision + 1);
    const simplified = exact ? rings : simplify({ type: 'Polygon', coordinates: rings }, { tolerance: t, highQuality: true }).coordinates;
    const out = roundPolygon(simplified, precision, minArea);
    if (!out || exact || !crossesItself(out)) return out;
  }
}

function leanLine(line: Position[], tolerance: number, precision: number): Position[] {
  const simplified = tolerance > 0 ? simplify({ type: 'LineString', coordinates: line }, { tolerance, highQuality: true }).coordinates : line;
  return dedupe(simplified.map((p) => roundPosition(p, precision)));
}

function leanGeometry(g: Geometry, options: LeanOptions): Geometry | null {
  const { precision } = options;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates, precision) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map((p) => roundPosition(p, precision)) };
    case 'LineString':
    case 'MultiLineString': {
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      const kept = lines.map((l) => {
        const { tolerance: t, precision: d } = settingsFor(l, options);
        return leanLine(l, t, d);
      }).filter((l) => l.length >= 2);
      if (kept.length === 0) return null;
      return kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept };
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const kept = polys.map((p) => {
        const { tolerance: t, precision: d } = settingsFor(p[0] ?? [], options);
        return leanPolygon(p, t, d);
      }).filter((p): p is Position[][] => p !== null);
      if (kept.length === 0) return null;
      return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
    }
    default:
      return g;
  }
}

function clip(g: Geometry, box: BBox): Geometry | null {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return clipGeometry(g, box);
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    return bboxClip({ type: 'Feature', properties: {}, geometry: g as LineString | MultiLineString }, box).geometry;
  }
  return g;
}

/** Clip, simplify, round; null when nothing of the feature is left. */
export function leanFeature(feature: Feature, options: LeanOptions): Feature | null {
  if (!feature.geometry) return null;
  const clipped = options.clip ? clip(feature.geometry, options.clip) : feature.geometry;
  const geometry = clipped && leanGeometry(clipped, options);
  return geometry ? { type: 'Feature', properties: { ...feature.properties }, geometry } : null;
}

export function leanCollection(fc: FeatureCollection, options: LeanOptions): FeatureCollection {
  return { type: 'FeatureCollection', features: fc.features.map((f) => leanFeature(f, options)).filter((f): f is Feature => f !== null) };
}

