#!/usr/bin/env node
/**
 * Extracts the five governorates of the Gaza Strip from geoBoundaries gbOpen
 * PSE ADM2 (CC BY 4.0, source year 2017; the file also holds the eleven West
 * Bank governorates) and writes a small committed file:
 *
 *   data/geoboundaries/gaza-governorates.geojson
 *
 * Input: the release's simplified TopoJSON, kept unchanged outside the repo,
 * from the public repository wmgeolab/geoBoundaries (the commit is pinned in
 * SOURCE_COMMIT and in data/manifest.json):
 *
 *   releaseData/gbOpen/PSE/ADM2/geoBoundaries-PSE-ADM2_simplified.topojson
 *
 *   node scripts/extract-governorates.mjs path/to/geoBoundaries-PSE-ADM2_simplified.topojson
 *
 * What it does, and why:
 * - checks the TopoJSON's arcs join up (every ring's arcs meet end to start), so
 *   a damaged copy stops here instead of drawing a wrong border;
 * - keeps the five Gaza governorates, each selected by its geoBoundaries
 *   shapeName and checked against its pinned shapeID; any missing, duplicated
 *   or changed one stops the script (update GOVERNORATES after a refresh);
 * - rounds coordinates to 5 decimals (~1 m) and drops the repeated positions
 *   rounding can create (the shared borders round identically, so neighbours
 *   still meet exactly);
 * - rewinds rings to RFC 7946 (outer rings counter-clockwise);
 * - writes the properties every feature of the project carries, plus
 *   kind "governorate", sourceName (the geoBoundaries spelling) and sourceShapeID;
 * - measures the governorates against the Gaza Strip outline the map uses
 *   (data/osm/gaza-egypt-israel.geojson, feature gaza-strip) and prints the
 *   areas and offsets that data/manifest.json quotes.
 * It does not simplify further and does not clip to the OSM outline: the
 * offset is stated, not hidden.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import topojson from 'topojson-client';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'data/geoboundaries/gaza-governorates.geojson');
const OSM_FILE = path.join(ROOT, 'data/osm/gaza-egypt-israel.geojson');

const SOURCE_REPO = 'wmgeolab/geoBoundaries';
const SOURCE_PATH = 'releaseData/gbOpen/PSE/ADM2/geoBoundaries-PSE-ADM2_simplified.topojson';
const SOURCE_COMMIT = '1e6f68fd2a93e6496cd280a2593f963ddeabb427';
/** The TopoJSON object that holds the ADM2 shapes (the release's boundaryID). */
const OBJECT = 'PSE-ADM2-87354302';
const SOURCE = `geoBoundaries gbOpen PSE ADM2 (source year 2017) via ${SOURCE_REPO}@${SOURCE_COMMIT.slice(0, 7)}`;
const DECIMALS = 5;

/** The five governorates, north to south: project id and English name, and how geoBoundaries names them. */
const GOVERNORATES = [
  { id: 'north-gaza-governorate', name: 'North Gaza', sourceName: 'North Gaza', shapeID: 'PSE-ADM2-87354302B18899353' },
  { id: 'gaza-governorate', name: 'Gaza', sourceName: 'Gaza', shapeID: 'PSE-ADM2-87354302B38543703' },
  { id: 'deir-al-balah-governorate', name: 'Deir al-Balah', sourceName: 'Deir Al Balah', shapeID: 'PSE-ADM2-87354302B34669936' },
  { id: 'khan-yunis-governorate', name: 'Khan Younis', sourceName: 'Khan Yunis', shapeID: 'PSE-ADM2-87354302B6618890' },
  { id: 'rafah-governorate', name: 'Rafah', sourceName: 'Rafah', shapeID: 'PSE-ADM2-87354302B2248212' },
];

const round = (n, d = DECIMALS) => Math.round(n * 10 ** d) / 10 ** d;
const km2 = (f) => turf.area(f) / 1e6;

/** Every ring's arcs must meet end to start in quantized coordinates; returns the problems. */
function arcGaps(topology) {
  const ends = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
    return { start: points[0], end: points.at(-1) };
  });
  const oriented = (i) => (i >= 0 ? ends[i] : { start: ends[~i].end, end: ends[~i].start });
  const gaps = [];
  for (const g of topology.objects[OBJECT].geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    for (const ring of polygons.flat()) {
      ring.forEach((arc, k) => {
        const next = ring[(k + 1) % ring.length];
        const [a, b] = [oriented(arc).end, oriented(next).start];
        if (a[0] !== b[0] || a[1] !== b[1]) gaps.push(`${g.properties?.shapeName}: arc ${arc} ends at ${a}, arc ${next} starts at ${b}`);
      });
    }
  }
  return gaps;
}

/** What rounding removed, for the log. */
const removed = { repeats: 0, spikes: 0 };
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * Rounds a ring and drops what rounding can create: consecutive repeated
 * positions, and zero-width spikes A, B, A where two source vertices about a
 * metre apart round to the same position (the source has one such needle on
 * the North Gaza / Gaza border at 34.4739°E 31.5277°N). Both neighbours share
 * that border and drop the same vertices, so they still meet exactly.
 */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    if (out.length > 0 && same(out.at(-1), p)) {
      removed.repeats++;
      continue;
    }
    out.push(p);
    while (out.length >= 3 && same(out.at(-1), out.at(-3))) {
      out.splice(-2, 2);
      removed.spikes++;
    }
  }
  return out;
}

function roundGeometry(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(roundRing)) };
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

const input = process.argv[2];
if (!input) {
  console.error(`usage: node scripts/extract-governorates.mjs path/to/${path.basename(SOURCE_PATH)}\n(the file ${SOURCE_PATH} of ${SOURCE_REPO} at ${SOURCE_COMMIT})`);
  process.exit(2);
}
const text = fs.readFileSync(input, 'utf8');
console.error(`reading ${input} (${text.length} characters)`);
const topology = JSON.parse(text);
if (topology.type !== 'Topology' || !topology.objects?.[OBJECT]) {
  throw new Error(`${input}: not the geoBoundaries PSE ADM2 TopoJSON (no object ${OBJECT}); found ${Object.keys(topology.objects ?? {})}`);
}
const gaps = arcGaps(topology);
if (gaps.length > 0) throw new Error(`${input}: ${gaps.length} rings do not join up; the copy is damaged:\n${gaps.slice(0, 10).join('\n')}`);

const all = topojson.feature(topology, topology.objects[OBJECT]).features;
const features = GOVERNORATES.map((g) => {
  const matches = all.filter((f) => f.properties?.shapeName === g.sourceName);
  if (matches.length !== 1) {
    throw new Error(`${input}: expected one shape named "${g.sourceName}", found ${matches.length}; the five Gaza governorates are ${GOVERNORATES.map((x) => x.sourceName).join(', ')}`);
  }
  const [source] = matches;
  if (source.properties.shapeID !== g.shapeID) {
    throw new Error(`${input}: "${g.sourceName}" has shapeID ${source.properties.shapeID}, expected ${g.shapeID}; a different release? Update GOVERNORATES and data/manifest.json`);
  }
  const f = turf.rewind(turf.feature(roundGeometry(source.geometry)), { reverse: false, mutate: true });
  f.properties = {
    id: g.id,
    name: g.name,
    kind: 'governorate',
    source: SOURCE,
    accuracy: 'generalised',
    approximate: false,
    note: `${g.name} governorate as drawn by geoBoundaries (shape "${g.sourceName}", simplified release of source-year 2017 boundaries): generalised, not for street zoom; its outer edge is not the OpenStreetMap outline the map uses (offset in data/manifest.json).`,
    sourceName: g.sourceName,
    sourceShapeID: g.shapeID,
  };
  return f;
});

// What the validator (src/lib/geo/validate.ts) will require; fail here, naming the shape, rather than at build time.
for (const f of features) {
  const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of rings.flat()) {
    if (ring.length < 4 || !same(ring[0], ring.at(-1))) throw new Error(`${f.properties.id}: a ring is not closed or has fewer than 4 positions after rounding`);
  }
  const crossings = turf.kinks(f).features.length;
  if (crossings > 0 || !turf.booleanValid(f)) throw new Error(`${f.properties.id}: ${crossings} self-intersections after rounding`);
}
console.error(`rounding to ${DECIMALS} decimals dropped ${removed.repeats} repeated positions and ${removed.spikes} zero-width spikes`);

const others = all.filter((f) => !GOVERNORATES.some((g) => g.sourceName === f.properties?.shapeName)).map((f) => f.properties.shapeName);
console.error(`kept ${features.length} of ${all.length} shapes; left out (West Bank): ${others.join(', ')}`);

fs.mkdirSync(path.dirname(OUT), { recursive: true });
// One feature per line keeps diffs of a refreshed extract readable.
fs.writeFileSync(OUT, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.error(`wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) from ${SOURCE_REPO}@${SOURCE_COMMIT}`);

// ---- How the governorates agree with the OSM Gaza Strip outline in use ----

const osm = JSON.parse(fs.readFileSync(OSM_FILE, 'utf8')).features.find((f) => f.properties?.id === 'gaza-strip');
if (!osm) throw new Error(`${OSM_FILE}: no feature gaza-strip`);

const union = turf.union(turf.featureCollection(features));
const unionParts = union.geometry.type === 'Polygon' ? [union.geometry.coordinates] : union.geometry.coordinates;
const outside = turf.difference(turf.featureCollection([union, osm]));
const missing = turf.difference(turf.featureCollection([osm, union]));
const osmLine = turf.polygonToLine(osm);
const unionLine = turf.polygonToLine(turf.polygon(unionParts[0]));

/** The largest distance (km) from the given positions to a line, and where. */
function farthest(positions, line) {
  let best = { km: 0, at: null };
  for (const p of positions) {
    const km = turf.pointToLineDistance(p, line, { units: 'kilometers' });
    if (km > best.km) best = { km, at: p };
  }
  return best;
}

const outerRing = unionParts[0][0];
const onOuterEdge = new Set(outerRing.map((p) => p.join(',')));
const governorateToOsm = farthest(outerRing.slice(0, -1), osmLine);
const osmToGovernorates = farthest(osm.geometry.coordinates[0].slice(0, -1), unionLine);
const perGovernorate = features.map((f) => {
  const outer = f.geometry.coordinates[0].slice(0, -1).filter((p) => onOuterEdge.has(p.join(',')));
  const far = farthest(outer, osmLine);
  return { id: f.properties.id, areaKm2: round(km2(f), 2), outerVertices: outer.length, maxOffsetKm: round(far.km, 3), at: far.at };
});

const report = {
  source: `${SOURCE_REPO}@${SOURCE_COMMIT} ${SOURCE_PATH}`,
  governorates: perGovernorate,
  unionParts: unionParts.length,
  unionHoles: unionParts.reduce((n, rings) => n + rings.length - 1, 0),
  unionAreaKm2: round(km2(union), 2),
  osmAreaKm2: round(km2(osm), 2),
  areaDifferencePercent: round(((km2(union) - km2(osm)) / km2(osm)) * 100, 2),
  outsideOsmKm2: round(outside ? km2(outside) : 0, 3),
  missingFromOsmKm2: round(missing ? km2(missing) : 0, 3),
  symmetricDifferenceKm2: round((outside ? km2(outside) : 0) + (missing ? km2(missing) : 0), 3),
  symmetricDifferencePercentOfOsm: round((((outside ? km2(outside) : 0) + (missing ? km2(missing) : 0)) / km2(osm)) * 100, 2),
  maxOffsetGovernorateEdgeToOsmKm: round(governorateToOsm.km, 3),
  maxOffsetGovernorateEdgeToOsmAt: governorateToOsm.at,
  maxOffsetOsmToGovernorateEdgeKm: round(osmToGovernorates.km, 3),
  maxOffsetOsmToGovernorateEdgeAt: osmToGovernorates.at,
};
console.log(JSON.stringify(report, null, 2));
