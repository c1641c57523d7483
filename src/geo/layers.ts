/**
 * The one module that loads map data at build time. It reads the raw inputs
 * listed in data/manifest.json, validates them, derives the features no
 * source publishes (data/hand/derived.json), and returns five GeoJSON
 * sources, clipped, simplified and rounded for the zooms they are drawn at,
 * and validated again. Everything is memoised: one build reads once.
 *
 * Two views of the same features:
 * - `loadSources()` / `findFeature()`: lean, what the browser gets;
 * - `findPreciseFeature()`: full precision, what figures.ts measures.
 */
import { along, bbox, featureCollection, length } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { FEATURE_IDS, SOURCE_IDS, type FeatureId, type SourceId } from '../model/ids';
import { arc, clipToOutline, corridorCentreLine, derivedFeature, pointAlongFrom, sharedBorder } from './derive';
import { manifestEntry } from './manifest';
import type { BBox, GeoProperties } from './properties';
import { readJson, readLayerFile } from './read';
import { leanCollection, type LeanOptions } from './simplify';
import { assertValid, findDuplicateIds, GeoValidationError, type ValidationOptions } from './validate';
import { worldCountries } from './world';

/** GeoJSON sources the map loads, each served at /data/layers/<source>.geojson. */
export { SOURCE_IDS, type SourceId };

/** What each source holds, in a sentence (the downloads table of /data/). */
export const SOURCE_ABOUT: Record<SourceId, string> = {
  world: 'Countries from Natural Earth 1:50m, for the regional and world views; Gaza’s Natural Earth polygon only at world zooms.',
  local: 'The OpenStreetMap outline of the Gaza Strip, Egypt and Israel land around it, and the five governorates of the Gaza Strip (geoBoundaries, clipped to that outline).',
  lines: 'The Egypt–Gaza border (from the OpenStreetMap outline) and the approximate Philadelphi corridor.',
  points: 'Towns, crossings and capitals set by hand from published coordinates, the approximate Salah al-Din gate, and one label point per named area.',
  arcs: 'Great-circle arcs from six capitals to Gaza City.',
};

/**
 * What the `world` source keeps: wide enough that a phone in portrait,
 * fitted to the arcs from Washington (-77°) to Astana (71°E, Kazakhstan
 * reaches 87°E), sees whole continents rather than cut edges; nothing
 * beyond it is ever in view. The map should use it as maxBounds.
 */
export const WORLD_EXTENT: BBox = [-110, -40, 110, 75];

/**
 * Where the world layer is seen up close (zooms 5–8, the Israel and Egypt
 * views): the eastern Mediterranean, from Libya's east to Iraq's west and
 * from Upper Egypt to southern Turkey. Elsewhere the story shows the world
 * at zoom 4 or less.
 */
export const EASTERN_MEDITERRANEAN: BBox = [24, 26, 40, 38];

/** The box of the OpenStreetMap close-up data: the Gaza Strip with ~25 km around it. */
export const LOCAL_EXTENT: BBox = [33.95, 30.95, 34.85, 31.85];

/** Zooms each source is drawn at, and the lean settings that follow from them. */
export const SOURCE_SETTINGS: Record<SourceId, { minzoom: number; maxzoom: number; lean: LeanOptions; region: BBox }> = {
  // 0.1° ≈ 10 km ≈ a pixel at zoom 3–4, the closest the story shows most of
  // the world; around Israel and Egypt 0.008° ≈ 1 km ≈ a pixel at zoom 7, as
  // fine as Natural Earth 50m itself.
  world: {
    minzoom: 0, maxzoom: 8, region: WORLD_EXTENT,
    lean: { clip: WORLD_EXTENT, tolerance: 0.1, precision: 2, detail: { box: EASTERN_MEDITERRANEAN, tolerance: 0.008, precision: 3 } },
  },
  // 0.00002° ≈ 2 m: below a pixel at zoom 16; 5 decimals ≈ 1 m.
  // From zoom 0: the gaza and governorate layers draw from it at every zoom.
  local: { minzoom: 0, maxzoom: 16, lean: { clip: LOCAL_EXTENT, tolerance: 0.00002, precision: 5 }, region: LOCAL_EXTENT },
  lines: { minzoom: 7, maxzoom: 16, lean: { clip: LOCAL_EXTENT, tolerance: 0.00002, precision: 5 }, region: LOCAL_EXTENT },
  // Places, and the label points of the countries the story names (Sudan reaches 9°N).
  points: { minzoom: 0, maxzoom: 16, lean: { tolerance: 0, precision: 5 }, region: WORLD_EXTENT },
  // 3 decimals ≈ 100 m: arcs are drawn at world zooms only.
  arcs: { minzoom: 0, maxzoom: 8, lean: { tolerance: 0, precision: 3 }, region: WORLD_EXTENT },
};

const WORLD_FILE = 'node_modules/world-atlas/countries-50m.json';
const OSM_FILE = 'data/osm/gaza-egypt-israel.geojson';
const PLACES_FILE = 'data/hand/places.geojson';
const RECIPES_FILE = 'data/hand/derived.json';
const GOVERNORATES_FILE = 'data/geoboundaries/gaza-governorates.geojson';

interface Recipes {
  'egypt-gaza-border': { name: string; source: string; toleranceM: number };
  'philadelphi-corridor': { name: string; source: string; widthM: number; to: FeatureId };
  'salah-al-din-gate': { name: string; kind: string; source: string; from: FeatureId; alongBorderKm: number };
  arcs: { source: string; to: FeatureId; from: FeatureId[]; npoints: number };
}

/** A data file, validated against the region its manifest entry claims. */
function readListedFile(file: string, geometryTypes?: ValidationOptions['geometryTypes']): FeatureCollection {
  const entry = manifestEntry(file);
  if (!entry.region) throw new Error(`data/manifest.json: ${file} claims no region`);
  return readLayerFile(file, { region: entry.region, geometryTypes });
}

/** The installed package must be the version the manifest credits. */
function checkPackage(file: string, pkgDir: string) {
  const entry = manifestEntry(file);
  const pkg = readJson(`${pkgDir}/package.json`) as { name: string; version: string };
  if (entry.package !== `${pkg.name}@${pkg.version}`) {
    throw new Error(`data/manifest.json: ${file} is credited to ${entry.package}, but ${pkg.name}@${pkg.version} is installed`);
  }
}

/** The recipes file must hold every recipe with the fields of its kind; a typo fails here, not deep in turf. */
function checkRecipes(data: unknown): Recipes {
  const fields: Record<keyof Recipes, Record<string, 'string' | 'number' | 'object'>> = {
    'egypt-gaza-border': { name: 'string', source: 'string', toleranceM: 'number' },
    'philadelphi-corridor': { name: 'string', source: 'string', widthM: 'number', to: 'string' },
    'salah-al-din-gate': { name: 'string', kind: 'string', source: 'string', from: 'string', alongBorderKm: 'number' },
    arcs: { source: 'string', to: 'string', from: 'object', npoints: 'number' },
  };
  const problems: string[] = [];
  const recipes = (typeof data === 'object' && data !== null ? data : {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [recipe, wanted] of Object.entries(fields)) {
    for (const [field, type] of Object.entries(wanted)) {
      if (typeof recipes[recipe]?.[field] !== type) problems.push(`${RECIPES_FILE}: recipe "${recipe}": field "${field}" should be a ${type}`);
    }
  }
  if (problems.length > 0) throw new GeoValidationError(problems);
  return data as Recipes;
}

function byId(fc: FeatureCollection, id: string, file: string): Feature {
  const f = fc.features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${file}: no feature "${id}"`);
  return f;
}

const positionOf = (f: Feature) => (f.geometry as Point).coordinates;
const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** The five sources at full precision, every input validated. */
function buildPrecise(): Record<SourceId, FeatureCollection> {
  checkPackage(WORLD_FILE, 'node_modules/world-atlas');
  const world = worldCountries(readJson(WORLD_FILE) as Topology, WORLD_EXTENT, `Natural Earth 1:50m via ${manifestEntry(WORLD_FILE).package}`);
  assertValid(world, { file: WORLD_FILE, region: manifestEntry(WORLD_FILE).region!, geometryTypes: ['Polygon', 'MultiPolygon'] });

  const osm = readListedFile(OSM_FILE, ['Polygon', 'MultiPolygon']);
  const places = readListedFile(PLACES_FILE, ['Point']);
  manifestEntry(RECIPES_FILE);
  const recipes = checkRecipes(readJson(RECIPES_FILE));

  const gaza = byId(osm, 'gaza-strip', OSM_FILE) as Feature<Polygon>;
  const egypt = byId(osm, 'egypt-local', OSM_FILE) as Feature<Polygon>;
  const place = (id: FeatureId) => positionOf(byId(places, id, PLACES_FILE));
  const nameOf = (id: FeatureId) => String(byId(places, id, PLACES_FILE).properties?.name);

  const b = recipes['egypt-gaza-border'];
  const borderLine: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: sharedBorder(gaza, egypt, b.toleranceM) } };
  const border = derivedFeature(borderLine.geometry, {
    id: 'egypt-gaza-border', name: b.name, source: b.source, accuracy: 'surveyed', approximate: false,
    note: `The vertices of the Gaza Strip outline within ${b.toleranceM} m of Egypt's outline, from the sea to the Egypt–Gaza–Israel tripoint.`,
  });

  const p = recipes['philadelphi-corridor'];
  const philadelphi = derivedFeature(
    { type: 'LineString', coordinates: corridorCentreLine(borderLine, gaza, p.widthM, place(p.to)) },
    {
      id: 'philadelphi-corridor', name: p.name, source: p.source, accuracy: 'approximate', approximate: true, widthM: p.widthM,
      note: `Approximate: the centre line of a ${p.widthM} m strip on the Gaza side of the Egypt–Gaza border, from the sea to the ${nameOf(p.to)}. No official outline is published.`,
    },
  );

  const g = recipes['salah-al-din-gate'];
  const gate = derivedFeature(
    { type: 'Point', coordinates: pointAlongFrom(borderLine, place(g.from), g.alongBorderKm) },
    {
      id: 'salah-al-din-gate', name: g.name, kind: g.kind, source: g.source, accuracy: 'approximate', approximate: true,
      note: `Approximate: no published coordinates. Placed on the Egypt–Gaza border ${g.alongBorderKm} km from the Rafah crossing toward the sea.`,
    },
  );

  // The governorates, clipped to the OpenStreetMap outline so the two agree
  // (geoBoundaries' edge lies within about 0.3 km of it: data/manifest.json).
  const governorates = readListedFile(GOVERNORATES_FILE, ['Polygon', 'MultiPolygon']).features.map((f) => {
    const p = f.properties as GeoProperties;
    return derivedFeature(clipToOutline(f as Feature<Polygon | MultiPolygon>, gaza), {
      ...p, name: `${p.name} Governorate`,
      note: `${p.name} governorate as drawn by geoBoundaries (boundaries of source year 2017; generalised, not for street zoom), clipped to the OpenStreetMap outline of the Gaza Strip so the two layers agree (their offset before clipping is in data/manifest.json).`,
    });
  });
  const rafah = governorates.find((f) => f.properties.id === 'rafah-governorate');
  if (!rafah) throw new Error(`${GOVERNORATES_FILE}: no feature "rafah-governorate"`);

  const a = recipes.arcs;
  const to = place(a.to);
  const toName = nameOf(a.to);
  const arcs = a.from.map((from) => {
    const fromName = nameOf(from);
    const { geometry, distanceKm } = arc(place(from), to, a.npoints);
    return derivedFeature(geometry, {
      id: `arc-${from}`, name: `${fromName} to ${toName}`, source: a.source, accuracy: 'generalised', approximate: false,
      from, to: a.to, distanceKm: round(distanceKm, 1),
      note: `Great circle from ${fromName} to ${toName}: ${Math.round(distanceKm)} km.`,
    });
  });

  const labelled = [
    ...world.features.filter((f) => (FEATURE_IDS as readonly string[]).includes(String(f.properties?.id))),
    gaza,
    rafah,
  ] as Feature<Polygon | MultiPolygon>[];
  return {
    world,
    local: featureCollection([...osm.features, ...governorates] as Feature[]),
    lines: featureCollection([border, philadelphi] as Feature[]),
    points: featureCollection([...places.features, gate, ...labelled.map(labelPoint), lineLabelPoint(philadelphi as Feature<LineString>)] as Feature[]),
    arcs: featureCollection(arcs as Feature[]),
  };
}

/** The largest polygon of a (multi)polygon: where its label goes. */
function mainPolygon(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon>;
  const polygons = f.geometry.coordinates.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }));
  return polygons.reduce((a, b) => (bbox(b)[2] - bbox(b)[0]) * (bbox(b)[3] - bbox(b)[1]) > (bbox(a)[2] - bbox(a)[0]) * (bbox(a)[3] - bbox(a)[1]) ? b : a);
}

/**
 * One label point per labelled polygon (kind "label", `for` the polygon's id).
 * MapLibre would label a polygon once per tile it spans, so the same name
 * could show twice; a point is labelled once. It is the pole of
 * inaccessibility of the largest part (the inside point farthest from any
 * edge), which keeps a label such as Israel's off a neighbour's border.
 */
function labelPoint(f: Feature<Polygon | MultiPolygon>): Feature<Point> {
  const polygon = mainPolygon(f);
  const [w, s, e, n] = bbox(polygon);
  const at = polylabel(polygon.geometry.coordinates, Math.max(e - w, n - s) / 500);
  const p = f.properties as GeoProperties;
  return {
    type: 'Feature',
    properties: {
      id: `label-${p.id}`, for: p.id, kind: 'label', name: p.name, source: p.source, accuracy: p.accuracy, approximate: p.approximate,
      ...(p.note ? { note: `Label point of ${p.id}. ${p.note}` } : {}),
    },
    geometry: { type: 'Point', coordinates: [round(at[0], 5), round(at[1], 5)] },
  };
}

/**
 * A line's label point, halfway along it (kind "label", `for` the line's id),
 * for a line whose name is longer than the room along it between its
 * neighbours' names: the Philadelphi corridor at its chapter's zoom, where
 * the crossings' names take the line. The name goes beside the point instead.
 */
function lineLabelPoint(f: Feature<LineString>): Feature<Point> {
  const at = along(f, length(f) / 2).geometry.coordinates;
  const p = f.properties as GeoProperties;
  return {
    type: 'Feature',
    properties: {
      id: `label-${p.id}`, for: p.id, kind: 'label', name: p.name, source: p.source, accuracy: p.accuracy, approximate: p.approximate,
      note: `Label point of ${p.id}: halfway along it.`,
    },
    geometry: { type: 'Point', coordinates: [round(at[0]!, 5), round(at[1]!, 5)] },
  };
}

let precise: Record<SourceId, FeatureCollection> | undefined;
let lean: Record<SourceId, FeatureCollection> | undefined;

/** The five sources at full precision, before clipping, simplification and rounding (for measuring). */
export function loadPreciseSources(): Record<SourceId, FeatureCollection> {
  if (precise) return precise;
  const sources = buildPrecise();
  SOURCE_IDS.forEach((s) => assertValid(sources[s], { file: `source "${s}" (full precision)`, region: SOURCE_SETTINGS[s].region }));
  const duplicates = findDuplicateIds(sources);
  if (duplicates.length > 0) throw new GeoValidationError(duplicates);
  precise = sources;
  return precise;
}

/** The five sources as the browser gets them: validated, clipped, simplified, rounded. */
export function loadSources(): Record<SourceId, FeatureCollection> {
  if (lean) return lean;
  const full = loadPreciseSources();
  const out = {} as Record<SourceId, FeatureCollection>;
  for (const s of SOURCE_IDS) {
    const { lean: options, region } = SOURCE_SETTINGS[s];
    // Validated again: rounding can break geometry that was valid before it.
    out[s] = assertValid(leanCollection(full[s], options), { file: `/data/layers/${s}.geojson`, region });
  }
  lean = out;
  return lean;
}

function find(sources: Record<SourceId, FeatureCollection>, id: FeatureId): { feature: Feature; source: SourceId } {
  if (!(FEATURE_IDS as readonly string[]).includes(id)) throw new Error(`"${id}" is not a FeatureId of src/model/ids.ts`);
  for (const source of SOURCE_IDS) {
    const feature = sources[source].features.find((f) => f.properties?.id === id);
    if (feature) return { feature, source };
  }
  throw new Error(`Feature "${id}" is in the catalog but in no map source; see src/geo/layers.ts`);
}

/** A feature as the map draws it (lean). Throws if the catalog names a feature no source has. */
export function findFeature(id: FeatureId): Feature {
  return find(loadSources(), id).feature;
}

/** A feature at full precision, for measuring (figures.ts). */
export function findPreciseFeature(id: FeatureId): Feature {
  return find(loadPreciseSources(), id).feature;
}

export function sourceOf(id: FeatureId): SourceId {
  return find(loadSources(), id).source;
}

/** [west, south, east, north] of the features together, for fitBounds. */
export function featureBounds(ids: readonly FeatureId[]): [number, number, number, number] {
  if (ids.length === 0) throw new Error('featureBounds: no feature ids given');
  return bbox(featureCollection(ids.map(findFeature))) as [number, number, number, number];
}

/** Properties of a feature, typed. */
export function propertiesOf(feature: Feature): GeoProperties {
  return feature.properties as GeoProperties;
}

