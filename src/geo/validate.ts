/**
 * Checks a GeoJSON layer before anything uses it. Every problem is reported
 * as `<file>: feature "<id>": <problem>`, so a broken input names itself.
 *
 * Winding is checked, not silently fixed: data files in data/ must already
 * follow RFC 7946 (outer rings counter-clockwise, holes clockwise). Inputs in
 * another convention (the TopoJSON of world-atlas follows d3's clockwise
 * convention) are rewound explicitly where they are converted.
 */
import { booleanClockwise, booleanValid, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { ACCURACIES, type BBox } from './properties';

export interface ValidationOptions {
  /** Path shown in messages, e.g. `data/hand/places.geojson`. */
  file: string;
  /** The region the file claims to cover; every coordinate must be inside it. */
  region: BBox;
  /** Geometry types the layer may hold; any if omitted. */
  geometryTypes?: readonly Geometry['type'][];
}

export class GeoValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid geodata (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
    this.name = 'GeoValidationError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fmt = (p: Position) => `[${p.join(', ')}]`;

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.length <= 3 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Every position of a geometry, flat, with no assumption about nesting beyond GeoJSON's. */
function positionsOf(coords: unknown): unknown[] {
  if (!Array.isArray(coords)) return [coords];
  if (coords.length > 0 && typeof coords[0] === 'number') return [coords];
  return coords.flatMap(positionsOf);
}

/** Outer rings and holes of a (Multi)Polygon. */
function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function geometryProblems(g: Geometry, region: BBox): string[] {
  const problems: string[] = [];
  if (g.type === 'GeometryCollection') return ['GeometryCollection is not allowed in map layers'];
  const positions = positionsOf(g.coordinates);
  if (positions.length === 0) return ['geometry has no coordinates'];
  const bad = positions.find((p) => !isPosition(p));
  if (bad !== undefined) return [`coordinate ${JSON.stringify(bad)} is not [longitude, latitude]`];
  const [w, s, e, n] = region;
  const outside = (positions as Position[]).find(([x, y]) => x! < w || x! > e || y! < s || y! > n);
  if (outside) problems.push(`coordinates ${fmt(outside)} outside the region [${region.join(', ')}]`);

  for (const [i, rings] of polygonsOf(g).entries()) {
    const where = g.type === 'MultiPolygon' ? `polygon ${i}: ` : '';
    for (const [j, ring] of rings.entries()) {
      const what = j === 0 ? 'outer ring' : `hole ${j}`;
      if (ring.length < 4) {
        problems.push(`${where}${what} has ${ring.length} positions; a ring needs at least 4`);
        continue;
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(`${where}${what} is not closed (${fmt(first)} … ${fmt(last)})`);
        continue;
      }
      // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
      const clockwise = booleanClockwise(ring);
      if (j === 0 && clockwise) problems.push(`${where}outer ring is clockwise; RFC 7946 wants counter-clockwise (right-hand rule)`);
      if (j > 0 && !clockwise) problems.push(`${where}${what} is counter-clockwise; RFC 7946 wants holes clockwise`);
    }
  }
  if (problems.length > 0) return problems;

  // Per polygon: the parts of a MultiPolygon may touch at a point (Natural
  // Earth's Netherlands and Canada do), which is valid; a ring crossing
  // itself or another ring of its polygon is not.
  for (const [i, rings] of polygonsOf(g).entries()) {
    const crossings = kinks({ type: 'Polygon', coordinates: rings }).features;
    if (crossings.length > 0) {
      const where = g.type === 'MultiPolygon' ? `polygon ${i}: ` : '';
      const at = crossings[0]!.geometry.coordinates;
      problems.push(`${where}self-intersection at ${fmt(at.map((c) => +c.toFixed(5)))} (${crossings.length} in all)`);
    }
  }
  // booleanValid also catches what kinks does not: holes outside their shell,
  // lines with fewer than two positions.
  // Per polygon again, for the reason above: turf's MultiPolygon check rejects parts that touch.
  const parts: Geometry[] = g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [g];
  if (problems.length === 0 && !parts.every((part) => booleanValid(part))) problems.push(`invalid ${g.type} geometry (turf.booleanValid)`);
  return problems;
}

function propertyProblems(p: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['id', 'name', 'source'] as const) {
    if (typeof p[key] !== 'string' || (p[key] as string).trim() === '') problems.push(`property "${key}" is missing or empty`);
  }
  if (!(ACCURACIES as readonly unknown[]).includes(p.accuracy)) {
    problems.push(`property "accuracy" is ${JSON.stringify(p.accuracy)}; expected one of ${ACCURACIES.join(', ')}`);
  }
  if (typeof p.approximate !== 'boolean') problems.push('property "approximate" is missing or not a boolean');
  else if (p.approximate !== (p.accuracy === 'approximate')) {
    problems.push(`property "approximate" is ${p.approximate} but "accuracy" is ${JSON.stringify(p.accuracy)}`);
  }
  if (p.accuracy === 'approximate' && (typeof p.note !== 'string' || p.note.trim() === '')) {
    problems.push('an approximate feature needs a "note" saying how it was drawn');
  }
  return problems;
}

/** All problems of a layer, as messages; empty when the layer is fit to use. Pure. */
export function findProblems(data: unknown, options: ValidationOptions): string[] {
  const { file, region, geometryTypes } = options;
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    return [`${file}: not a GeoJSON FeatureCollection`];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, f] of data.features.entries()) {
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : undefined;
    const label = typeof props?.id === 'string' && props.id !== '' ? `feature "${props.id}"` : `feature #${index}`;
    const say = (problem: string) => problems.push(`${file}: ${label}: ${problem}`);
    if (!isRecord(f) || f.type !== 'Feature') {
      say('not a GeoJSON Feature');
      continue;
    }
    if (!props) say('has no properties');
    else propertyProblems(props).forEach(say);
    if (typeof props?.id === 'string') {
      if (seen.has(props.id)) say('duplicate id');
      seen.add(props.id);
    }
    const g = f.geometry as Geometry | null | undefined;
    if (!isRecord(g) || typeof g.type !== 'string') {
      say('has no geometry');
      continue;
    }
    if (geometryTypes && !geometryTypes.includes(g.type)) {
      say(`geometry is ${g.type}; this layer holds ${geometryTypes.join(' or ')}`);
      continue;
    }
    geometryProblems(g, region).forEach(say);
  }
  return problems;
}

/** Returns the layer typed as a FeatureCollection, or throws every problem at once. */
export function assertValid(data: unknown, options: ValidationOptions): FeatureCollection {
  const problems = findProblems(data, options);
  if (problems.length > 0) throw new GeoValidationError(problems);
  return data as FeatureCollection;
}

/** Ids must be unique across all sources, or findFeature would be ambiguous. */
export function findDuplicateIds(collections: Readonly<Record<string, FeatureCollection>>): string[] {
  const where = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, fc] of Object.entries(collections)) {
    for (const f of fc.features as Feature[]) {
      const id = String(f.properties?.id);
      const previous = where.get(id);
      if (previous !== undefined) problems.push(`${name}: feature "${id}": id also used in ${previous}`);
      else where.set(id, name);
    }
  }
  return problems;
}
