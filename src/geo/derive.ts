/**
 * Features with no published geometry, drawn from the OpenStreetMap outline
 * and the hand-set points by the recipes in data/hand/derived.json. Each is
 * a pure function of its inputs; each result says in `note` how it was drawn.
 */
import {
  along, area, bearing, booleanPointInPolygon, circle, destination, distance, featureCollection, greatCircle, intersect, length,
  nearestPointOnLine, pointToLineDistance, polygonToLine,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeoProperties } from './properties';

type Area = Feature<Polygon | MultiPolygon>;

function boundaryLines(f: Area): Feature<LineString>[] {
  const lines = polygonToLine(f) as Feature<LineString | MultiLineString> | { features: Feature<LineString | MultiLineString>[] };
  const all = 'features' in lines ? lines.features : [lines];
  return all.flatMap((l) =>
    l.geometry.type === 'LineString'
      ? [l as Feature<LineString>]
      : l.geometry.coordinates.map((c) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: c } })),
  );
}

/**
 * The part of `a`'s outer ring that runs along `b`'s boundary: the longest
 * run of `a`'s vertices lying within `toleranceM` of it. Both outlines come
 * from the same OpenStreetMap data, so the shared border's vertices coincide
 * to within the package's 10 m resolution. Oriented west to east.
 */
export function sharedBorder(a: Feature<Polygon>, b: Area, toleranceM: number): Position[] {
  const ring = a.geometry.coordinates[0]!.slice(0, -1);
  const lines = boundaryLines(b);
  const near = ring.map((p) => Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'meters' }))) <= toleranceM);
  if (near.every(Boolean)) throw new Error('sharedBorder: every vertex is near the other outline; not a border');
  // Walk the ring from a vertex that is not on the border, so a run never wraps.
  const start = near.indexOf(false);
  let best: Position[] = [];
  let run: Position[] = [];
  for (let k = 1; k <= ring.length; k++) {
    const i = (start + k) % ring.length;
    if (near[i]) run.push(ring[i]!);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < 2) throw new Error(`sharedBorder: no two consecutive vertices within ${toleranceM} m of the other outline`);
  return best[0]![0]! <= best[best.length - 1]![0]! ? best : best.reverse();
}

/** The point `km` along `line` from the point of it nearest `from`, toward the line's start. */
export function pointAlongFrom(line: Feature<LineString>, from: Position, km: number): Position {
  const at = nearestPointOnLine(line, from, { units: 'kilometers' }).properties.location;
  if (at < km) throw new Error(`pointAlongFrom: only ${at.toFixed(2)} km of line before the point; asked for ${km} km`);
  return along(line, at - km, { units: 'kilometers' }).geometry.coordinates;
}

/**
 * `line` moved `metres` sideways, to the left of its direction for a positive
 * distance. Each vertex moves along the bisector of its two segments, on the
 * ellipsoid-free sphere of turf.destination: turf.lineOffset converts metres
 * to degrees alike in longitude and latitude, which at Gaza's latitude puts
 * an east–west offset 14% short.
 */
export function offsetLine(line: Position[], metres: number): Position[] {
  const n = line.length;
  return line.map((p, i) => {
    const before = i > 0 ? bearing(line[i - 1]!, p) : bearing(p, line[i + 1]!);
    const after = i < n - 1 ? bearing(p, line[i + 1]!) : before;
    const turn = (((after - before + 540) % 360) - 180) / 2; // half the signed turn, degrees
    const heading = before + turn - 90 * Math.sign(metres);
    // On a bend the bisector must be longer for the offset edges to stay `metres` away.
    const reach = Math.abs(metres) / Math.cos((turn * Math.PI) / 180);
    return destination(p, reach / 1000, heading, { units: 'kilometers' }).geometry.coordinates;
  });
}

/**
 * The centre line of a corridor `widthM` wide on `inside`'s side of `border`,
 * running on to `end` (e.g. Kerem Shalom, just past the border's end).
 */
export function corridorCentreLine(border: Feature<LineString>, inside: Area, widthM: number, end: Position): Position[] {
  const coords = border.geometry.coordinates;
  const left = offsetLine(coords, widthM / 2);
  // Which side is inside depends on the border's direction: test the middle of the offset line.
  const probe = along({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: left } }, length(border) / 2);
  const line = booleanPointInPolygon(probe, inside) ? left : offsetLine(coords, -widthM / 2);
  return [...line, end];
}

/**
 * A polygon clipped to an outline, so that layers from two sources agree
 * (the governorates of geoBoundaries inside the OpenStreetMap outline of the
 * Gaza Strip): the parts outside are cut, and parts smaller than
 * `minPartKm2` (slivers left along the shared edge) dropped.
 */
export function clipToOutline(feature: Area, outline: Area, minPartKm2 = 0.05): Polygon | MultiPolygon {
  const part = intersect(featureCollection([feature, outline]));
  if (!part) throw new Error('clipToOutline: the polygon lies outside the outline');
  const polygons = part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : part.geometry.coordinates;
  const kept = polygons.filter((coordinates) => area({ type: 'Polygon', coordinates }) / 1e6 >= minPartKm2);
  if (kept.length === 0) throw new Error('clipToOutline: nothing larger than the sliver limit is left');
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** A great-circle arc and its length in km. */
export function arc(from: Position, to: Position, npoints: number): { geometry: LineString; distanceKm: number } {
  const g = greatCircle(from, to, { npoints });
  if (g.geometry.type !== 'LineString') throw new Error('arc: crosses the antimeridian; not expected for this story');
  return { geometry: g.geometry, distanceKm: distance(from, to, { units: 'kilometers' }) };
}

/** A derived feature with the project's properties. */
export function derivedFeature<G extends Point | LineString | Polygon | MultiPolygon>(
  geometry: G,
  properties: GeoProperties,
): Feature<G, GeoProperties> {
  return { type: 'Feature', properties, geometry };
}

