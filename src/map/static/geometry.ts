/**
 * Geometry helpers for static maps: d3's winding convention, and a path
 * generator that keeps the inlined SVG small.
 */
import { geoArea, geoPath, type GeoContext, type GeoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3';
import type { Feature, Polygon, Position } from 'geojson';

/**
 * d3-geo reads polygons on the sphere: an outer ring must run clockwise, or
 * it means "everything but this shape". The map sources follow RFC 7946
 * (counter-clockwise), so each polygon whose area comes out larger than a
 * hemisphere is reversed. Pure: returns a new feature when it changes one.
 */
export function rewindForD3<F extends Feature>(feature: F): F {
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return feature;
  let changed = false;
  const fix = (rings: Position[][]): Position[][] => {
    if (geoArea({ type: 'Polygon', coordinates: rings } as Polygon) <= 2 * Math.PI) return rings;
    changed = true;
    return rings.map((r) => [...r].reverse());
  };
  const geometry = g.type === 'Polygon'
    ? { type: 'Polygon' as const, coordinates: fix(g.coordinates) }
    : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map(fix) };
  return changed ? { ...feature, geometry } : feature;
}

/**
 * A stream filter after projection: drops points closer than `tolerance`
 * (SVG units) to the last one kept, and polygon rings that shrink below three
 * points. Natural Earth at a regional view has many vertices per pixel;
 * they cost bytes in every page and change nothing on screen.
 */
function thinStream(out: GeoStream, tolerance: number): GeoStream {
  const t2 = tolerance * tolerance;
  let inPolygon = false;
  let line: [number, number][] = [];
  let last: [number, number] | undefined;
  return {
    point(x, y) {
      const lx = line.at(-1);
      if (!lx || (x - lx[0]) ** 2 + (y - lx[1]) ** 2 >= t2) {
        line.push([x, y]);
        last = undefined;
      } else {
        last = [x, y];
      }
    },
    lineStart() { line = []; last = undefined; },
    lineEnd() {
      // Keep where an open line really ends; a ring closes itself.
      if (last && !inPolygon) line.push(last);
      if (inPolygon ? line.length < 3 : line.length < 2) return;
      out.lineStart();
      for (const [x, y] of line) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() { inPolygon = true; out.polygonStart(); },
    polygonEnd() { inPolygon = false; out.polygonEnd(); },
    sphere() { out.sphere?.(); },
  };
}

/**
 * A d3 path context that writes an SVG path with relative moves ("l3 -2"),
 * each coordinate rounded to `digits` decimals. Rounding works on absolute
 * positions and the deltas are taken between rounded positions, so errors
 * never add up along a line. Relative integers take about half the bytes of
 * geoPath().digits(1)'s absolute decimals, and every page inlines ten maps.
 */
export class CompactPath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  private last = '';
  private readonly k: number;

  constructor(digits = 0) {
    this.k = 10 ** digits;
  }

  private round(v: number): number {
    return Math.round(v * this.k) / this.k;
  }

  /** Numbers in a row need no separator before a minus sign. */
  private pair(a: number, b: number): string {
    const fa = formatNumber(a);
    const fb = formatNumber(b);
    return `${fa}${fb.startsWith('-') ? '' : ' '}${fb}`;
  }

  moveTo(x: number, y: number): void {
    this.x = this.round(x);
    this.y = this.round(y);
    this.out += `M${this.pair(this.x, this.y)}`;
    this.last = 'M';
  }

  lineTo(x: number, y: number): void {
    const rx = this.round(x);
    const ry = this.round(y);
    const dx = this.round(rx - this.x);
    const dy = this.round(ry - this.y);
    if (dx === 0 && dy === 0) return;
    const numbers = this.pair(dx, dy);
    // After an "l", further pairs need no letter, only a separator.
    this.out += this.last === 'l' ? `${numbers.startsWith('-') ? '' : ' '}${numbers}` : `l${numbers}`;
    this.x = rx;
    this.y = ry;
    this.last = 'l';
  }

  closePath(): void {
    this.out += 'z';
    this.last = 'z';
  }

  /** geoPath draws Point geometries as arcs; static maps draw their own markers. */
  arc(): void {}

  beginPath(): void {}

  /** The path so far, and a fresh start. */
  take(): string {
    const d = this.out;
    this.out = '';
    this.last = '';
    return d;
  }
}

/** "0.5" → ".5", "-0.5" → "-.5", "-0" → "0". */
function formatNumber(v: number): string {
  if (Object.is(v, -0) || v === 0) return '0';
  return String(v).replace(/^(-?)0\./, '$1.');
}

/** A function that draws a feature as a compact SVG path (or null if nothing of it is in view), with its bounds and centroid. */
export interface LeanPath {
  (feature: Feature): string | null;
  bounds: GeoPath['bounds'];
  centroid: GeoPath['centroid'];
}

/**
 * Paths through `projection`, thinning vertices closer than `tolerance` SVG
 * units and writing coordinates rounded to `digits` decimals.
 */
export function leanPath(projection: GeoProjection, tolerance = 0.5, digits = 0): LeanPath {
  const thinned: GeoStreamWrapper = { stream: (out: GeoStream) => projection.stream(thinStream(out, tolerance)) };
  const context = new CompactPath(digits);
  const draw = geoPath(thinned, context);
  const measure = geoPath(thinned);
  const path = ((feature: Feature) => {
    draw(feature);
    return context.take() || null;
  }) as LeanPath;
  path.bounds = (f) => measure.bounds(f);
  path.centroid = (f) => measure.centroid(f);
  return path;
}
