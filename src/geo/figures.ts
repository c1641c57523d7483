/**
 * Every number the story states about geography, computed with turf from
 * the project's data at build time (full precision, before simplification).
 * Prose refers to them as {{fig:<id>}}; the /data/ page lists their methods.
 * Each is held against its published value in test/unit/geo/figures.test.ts.
 */
import { area, distance, length, nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import type { FeatureId } from '../model/ids';
import { findPreciseFeature } from './layers';

export const FIGURE_IDS = [
  'gazaAreaKm2', 'rafahGovernorateAreaKm2', 'egyptGazaBorderKm', 'philadelphiKm', 'rafahCrossingToSeaKm',
  'distanceCairoKm', 'distanceDohaKm', 'distanceAnkaraKm', 'distanceAbuDhabiKm', 'distanceWashingtonKm', 'distanceAstanaKm',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Figure {
  id: FigureId;
  label: string;
  /** Unrounded, as computed. */
  value: number;
  unit: 'km' | 'km²';
  /** Rounded as the data's accuracy allows, with "about": e.g. "about 365 km²". */
  display: string;
  /** How it was computed, one sentence. */
  method: string;
  /**
   * The published value to check against (public-facts.md), when there is
   * one: in full, and `short` as the story prints it beside the figure.
   */
  published?: { value: string; short: string; source: string };
  /**
   * How the value is checked, one sentence (shown on /data/): against the
   * published value where there is one, else how it was computed and re-checked.
   */
  check: string;
}

/**
 * The Gaza end of every capital distance: the point the arcs run to
 * (data/hand/derived.json, Gaza City), so a distance and its arc never differ.
 */
export function gazaPoint(): FeatureId {
  return findPreciseFeature('arc-cairo').properties?.to as FeatureId;
}

const CAPITALS = {
  distanceCairoKm: ['cairo', 'Cairo'],
  distanceDohaKm: ['doha', 'Doha'],
  distanceAnkaraKm: ['ankara', 'Ankara'],
  distanceAbuDhabiKm: ['abu-dhabi', 'Abu Dhabi'],
  distanceWashingtonKm: ['washington', 'Washington'],
  distanceAstanaKm: ['astana', 'Astana'],
} as const satisfies Partial<Record<FigureId, readonly [FeatureId, string]>>;

/** Rounds to a multiple of `step` and writes it as the story prints numbers: "2,180". */
export function roundForDisplay(value: number, step: number): string {
  return (Math.round(value / step) * step).toLocaleString('en-US');
}

const position = (id: FeatureId) => (findPreciseFeature(id) as Feature<Point>).geometry.coordinates;

function computeFigures(): Record<FigureId, Figure> {
  const gaza = findPreciseFeature('gaza-strip') as Feature<Polygon>;
  const border = findPreciseFeature('egypt-gaza-border') as Feature<LineString>;
  const philadelphi = findPreciseFeature('philadelphi-corridor') as Feature<LineString>;

  const gazaArea = area(gaza) / 1e6;
  const rafahArea = area(findPreciseFeature('rafah-governorate') as Feature<Polygon>) / 1e6;
  const borderKm = length(border, { units: 'kilometers' });
  const philadelphiKm = length(philadelphi, { units: 'kilometers' });
  // The border line runs from the sea (its start) eastward, so the distance
  // along it to the point nearest the crossing is the crossing's distance to the sea.
  const crossingToSea = nearestPointOnLine(border, position('rafah-crossing'), { units: 'kilometers' }).properties.location;

  const figures: Record<string, Figure> = {
    gazaAreaKm2: {
      id: 'gazaAreaKm2', label: 'Area of the Gaza Strip', value: gazaArea, unit: 'km²',
      // Published figures differ by 5 km² (360, 365): no finer rounding is honest.
      display: `about ${roundForDisplay(gazaArea, 5)} km²`,
      method: 'Geodesic area (turf.area) of the OpenStreetMap outline of the Gaza Strip.',
      published: { value: '360 km² (365 km² also common)', short: '360–365 km²', source: 'CIA World Factbook, "Gaza Strip"; Wikipedia' },
      check: 'Within 5% of the published 360–365 km².',
    },
    rafahGovernorateAreaKm2: {
      id: 'rafahGovernorateAreaKm2', label: 'Area of Rafah governorate', value: rafahArea, unit: 'km²',
      display: `about ${roundForDisplay(rafahArea, 1)} km²`,
      method: 'Geodesic area (turf.area) of the geoBoundaries Rafah governorate (2017 data), clipped to the OpenStreetMap outline of the Gaza Strip.',
      published: { value: 'about 64 km²', short: 'about 64 km²', source: 'Wikipedia, "Rafah" and "Governorates of the Gaza Strip"' },
      check: 'Within 10% of the published 64 km².',
    },
    egyptGazaBorderKm: {
      id: 'egyptGazaBorderKm', label: 'Length of the Egypt–Gaza border', value: borderKm, unit: 'km',
      display: `about ${roundForDisplay(borderKm, 1)} km`,
      method: 'Length (turf.length) of the part of the OpenStreetMap Gaza Strip outline shared with Egypt, from the sea to the Israel tripoint.',
      published: { value: '12 km (Wikipedia), 13 km (CIA)', short: '12–13 km', source: 'Wikipedia, "Gaza–Egypt border"; CIA World Factbook' },
      check: 'Within 15% of the published 12–13 km.',
    },
    philadelphiKm: {
      id: 'philadelphiKm', label: 'Length of the Philadelphi corridor', value: philadelphiKm, unit: 'km',
      display: `about ${roundForDisplay(philadelphiKm, 1)} km`,
      method: 'Length of the approximate centre line of the corridor: 50 m inside Gaza along the Egypt–Gaza border, from the sea to the Kerem Shalom crossing.',
      published: { value: 'about 14 km', short: 'about 14 km', source: 'Wikipedia, "Philadelphi Route"' },
      check: 'Within 15% of the published 14 km.',
    },
    rafahCrossingToSeaKm: {
      id: 'rafahCrossingToSeaKm', label: 'Rafah crossing to the sea, along the border', value: crossingToSea, unit: 'km',
      display: `about ${roundForDisplay(crossingToSea, 1)} km`,
      method: 'Distance along the Egypt–Gaza border line from the coast to the point of it nearest the Rafah crossing (turf.nearestPointOnLine).',
      check: 'No published figure exists: measured along the border line of the same data, and held to lie between half and the whole of the border’s length, since the crossing is nearer Kerem Shalom than the sea.',
    },
  };
  const end = gazaPoint();
  const gazaName = String(findPreciseFeature(end).properties?.name);
  const gazaPosition = position(end);
  for (const [id, [capital, name]] of Object.entries(CAPITALS)) {
    const km = distance(position(capital), gazaPosition, { units: 'kilometers' });
    figures[id] = {
      id: id as FigureId, label: `${name} to ${gazaName}`, value: km, unit: 'km',
      // City-centre points are good to a few km: round to 10 km.
      display: `about ${roundForDisplay(km, 10)} km`,
      method: `Great-circle distance (turf.distance) between the published coordinates of ${name} and ${gazaName} (public-facts.md, Wikipedia), the same points the map's arc joins.`,
      check: 'No published figure exists: computed from published coordinates, and held within 0.5% of an independent haversine distance between the same points.',
    };
  }
  return figures as Record<FigureId, Figure>;
}

let cached: Record<FigureId, Figure> | undefined;

export function getFigures(): Record<FigureId, Figure> {
  cached ??= computeFigures();
  return cached;
}

/** Each figure's text as the story prints it, by figure id. */
export function figureTexts(): Record<FigureId, string> {
  return Object.fromEntries(Object.values(getFigures()).map((f) => [f.id, f.display])) as Record<FigureId, string>;
}

/** The published values the story prints beside figures, by figure id (only figures that have one). */
export function publishedTexts(): Partial<Record<FigureId, string>> {
  return Object.fromEntries(Object.values(getFigures()).flatMap((f) => (f.published ? [[f.id, f.published.short]] : [])));
}

/** The figure as the story prints it. */
export function formatFigure(id: FigureId): string {
  return getFigures()[id].display;
}
