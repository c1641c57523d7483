import { describe, expect, test } from 'vitest';
import { area, booleanClockwise, difference, featureCollection, kinks, lineString, pointToLineDistance, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { manifestEntry } from '../../../src/geo/manifest';
import { readJson, readLayerFile } from '../../../src/geo/read';

/**
 * data/geoboundaries/gaza-governorates.geojson (scripts/extract-governorates.mjs):
 * the five Gaza governorates from geoBoundaries gbOpen PSE ADM2. Checked here
 * against the project's validator, each other and the OpenStreetMap Gaza Strip
 * outline the map uses. Measured when extracted (data/manifest.json notes):
 * union 365.22 km² vs outline 364.16 km²; symmetric difference 5.73 km²
 * (1.57 %); outer-edge vertices at most 0.31 km from the outline, outline
 * vertices at most 0.49 km from the governorates' edge; Rafah 63.20 km².
 */
const FILE = 'data/geoboundaries/gaza-governorates.geojson';
const OSM_FILE = 'data/osm/gaza-egypt-israel.geojson';

/** Tolerances: the measured value with a margin, so a refresh that moves the borders noticeably fails here. */
const MAX_SYMMETRIC_DIFFERENCE_PERCENT = 2.5; // measured 1.57
const MAX_AREA_DIFFERENCE_PERCENT = 1; //         measured +0.29
const MAX_EDGE_TO_OUTLINE_KM = 0.5; //            measured 0.314
const MAX_OUTLINE_TO_EDGE_KM = 0.75; //           measured 0.494
/** Published area of Rafah governorate (shared/source/public-facts.md: Wikipedia, "Rafah"; "Governorates of the Gaza Strip"). */
const RAFAH_PUBLISHED_KM2 = 64;

const EXPECTED = [
  ['north-gaza-governorate', 'North Gaza', 'North Gaza'],
  ['gaza-governorate', 'Gaza', 'Gaza'],
  ['deir-al-balah-governorate', 'Deir al-Balah', 'Deir Al Balah'],
  ['khan-yunis-governorate', 'Khan Younis', 'Khan Yunis'],
  ['rafah-governorate', 'Rafah', 'Rafah'],
] as const;

type Governorate = Feature<Polygon | MultiPolygon>;

const governorates = () => readLayerFile(FILE, { region: manifestEntry(FILE).region!, geometryTypes: ['Polygon', 'MultiPolygon'] }).features as Governorate[];
const osmOutline = () => (readJson(OSM_FILE) as FeatureCollection).features.find((f) => f.properties?.id === 'gaza-strip') as Feature<Polygon>;
const km2 = (f: Feature) => area(f) / 1e6;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const farthestKm = (positions: Position[], line: Parameters<typeof pointToLineDistance>[1]) =>
  Math.max(...positions.map((p) => pointToLineDistance(p, line, { units: 'kilometers' })));

describe('gaza governorates (geoBoundaries)', () => {
  test('the file passes the project validator with the region its manifest entry claims', () => {
    // readLayerFile throws GeoValidationError naming the feature and problem otherwise.
    expect(governorates()).toHaveLength(5);
    const entry = manifestEntry(FILE);
    expect(entry.licence).toBe('CC BY 4.0');
    expect(entry.accuracy).toBe('generalised');
    expect(entry.attribution).toBe('geoBoundaries (CC BY 4.0)');
    expect(entry.origin).toMatch(/wmgeolab\/geoBoundaries at commit [0-9a-f]{40}/);
  });

  test('it holds exactly the five governorates, north to south, with the project properties', () => {
    const features = governorates();
    expect(features.map((f) => [f.properties?.id, f.properties?.name, f.properties?.sourceName])).toEqual(EXPECTED.map((e) => [...e]));
    for (const f of features) {
      expect(f.properties).toMatchObject({ kind: 'governorate', accuracy: 'generalised', approximate: false });
      expect(f.properties?.source).toMatch(/^geoBoundaries gbOpen PSE ADM2/);
      expect(f.properties?.note).toBeTruthy();
    }
  });

  test('every geometry is a closed, counter-clockwise polygon without self-intersections', () => {
    for (const f of governorates()) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      for (const rings of polygonsOf(f.geometry)) {
        rings.forEach((ring, j) => {
          expect(ring.length, f.properties?.id).toBeGreaterThanOrEqual(4);
          expect(ring.at(-1), f.properties?.id).toEqual(ring[0]);
          expect(booleanClockwise(ring), `${f.properties?.id} ring ${j}`).toBe(j > 0);
        });
        expect(kinks({ type: 'Polygon', coordinates: rings }).features, f.properties?.id).toHaveLength(0);
      }
    }
  });

  test('coordinates are rounded to 5 decimals', () => {
    for (const f of governorates()) {
      for (const p of polygonsOf(f.geometry).flat(2)) {
        for (const c of p) expect(Math.abs(c * 1e5 - Math.round(c * 1e5)), f.properties?.id).toBeLessThan(1e-6);
      }
    }
  });

  test('the governorates tile one piece of land: no gaps, no overlaps', () => {
    const features = governorates();
    const all = union(featureCollection(features))!;
    expect(all.geometry.type).toBe('Polygon');
    expect((all.geometry as Polygon).coordinates).toHaveLength(1);
    const sum = features.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(sum - km2(all))).toBeLessThan(0.05);
  });

  test('their union agrees with the OpenStreetMap Gaza Strip outline in area and shape', () => {
    const all = union(featureCollection(governorates()))!;
    const osm = osmOutline();
    const outside = difference(featureCollection([all, osm]));
    const uncovered = difference(featureCollection([osm, all]));
    const symmetric = (outside ? km2(outside) : 0) + (uncovered ? km2(uncovered) : 0);
    expect((symmetric / km2(osm)) * 100).toBeLessThan(MAX_SYMMETRIC_DIFFERENCE_PERCENT);
    expect(Math.abs(((km2(all) - km2(osm)) / km2(osm)) * 100)).toBeLessThan(MAX_AREA_DIFFERENCE_PERCENT);
  });

  test('their outer edge lies within the stated offset of the OpenStreetMap outline, both ways', () => {
    const all = union(featureCollection(governorates()))! as Feature<Polygon>;
    const osm = osmOutline();
    // Both are single rings (checked above for the union; the outline's holes were dropped when it was extracted).
    const edge = all.geometry.coordinates[0]!;
    const outline = osm.geometry.coordinates[0]!;
    expect(farthestKm(edge.slice(0, -1), lineString(outline))).toBeLessThan(MAX_EDGE_TO_OUTLINE_KM);
    expect(farthestKm(outline.slice(0, -1), lineString(edge))).toBeLessThan(MAX_OUTLINE_TO_EDGE_KM);
    // A point-to-line distance for every vertex both ways: a few seconds on a busy machine.
  }, 30_000);

  test('Rafah governorate is within ±15 % of its published 64 km²', () => {
    const rafah = governorates().find((f) => f.properties?.id === 'rafah-governorate')!;
    expect(km2(rafah)).toBeGreaterThan(RAFAH_PUBLISHED_KM2 * 0.85);
    expect(km2(rafah)).toBeLessThan(RAFAH_PUBLISHED_KM2 * 1.15);
  });
});
