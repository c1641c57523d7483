import { beforeAll, describe, expect, test } from 'vitest';
import { area, booleanPointInPolygon, difference, featureCollection, length, lineSlice, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { FEATURE_IDS, LAYER_FEATURES } from '../../../src/model/ids';
import {
  featureBounds, findFeature, findPreciseFeature, loadPreciseSources, loadSources, LOCAL_EXTENT, SOURCE_IDS, SOURCE_SETTINGS, sourceOf, WORLD_EXTENT,
} from '../../../src/geo/layers';
import { loadManifest } from '../../../src/geo/manifest';
import { ACCURACIES } from '../../../src/geo/properties';
import { findProblems } from '../../../src/geo/validate';

// The first load reads world-atlas and derives everything: a few seconds.
beforeAll(() => void loadSources(), 60_000);

const ids = (s: (typeof SOURCE_IDS)[number]) => loadSources()[s].features.map((f) => f.properties?.id);

describe('layers', () => {
  test('there are five sources, in the documented order', () => {
    expect(SOURCE_IDS).toEqual(['world', 'local', 'lines', 'points', 'arcs']);
    expect(Object.keys(loadSources())).toEqual([...SOURCE_IDS]);
  });

  test('every catalog feature is in exactly one source', () => {
    for (const id of FEATURE_IDS) {
      const holders = SOURCE_IDS.filter((s) => ids(s).includes(id));
      expect(holders, id).toHaveLength(1);
    }
  });

  test('features sit in the sources the brief assigns', () => {
    expect(ids('local').sort()).toEqual(['egypt-local', 'gaza-strip', 'israel-local', ...LAYER_FEATURES.governorates].sort());
    expect(ids('lines').sort()).toEqual(['egypt-gaza-border', 'philadelphi-corridor']);
    const points = loadSources().points.features;
    const places = points.filter((f) => f.properties?.kind !== 'label' && f.properties?.kind !== 'sea').map((f) => f.properties?.id);
    expect(places.sort()).toEqual([...LAYER_FEATURES.crossings, ...LAYER_FEATURES.places, ...LAYER_FEATURES.capitals].sort());
    expect(ids('arcs').sort()).toEqual([...LAYER_FEATURES.arcs].sort());
    expect(sourceOf('egypt')).toBe('world');
    expect(sourceOf('united-states')).toBe('world');
  });

  test('each labelled polygon has exactly one label point, inside it', () => {
    const labels = loadSources().points.features.filter((f) => f.properties?.kind === 'label');
    const labelled = labels.map((f) => f.properties?.for).sort();
    expect(labelled).toEqual([...new Set(labelled)]);
    expect(labelled).toEqual(expect.arrayContaining(['gaza-strip', 'rafah-governorate', 'egypt', 'israel', 'kazakhstan', 'qatar']));
    for (const label of labels) {
      const feature = findPreciseFeature(label.properties!.for);
      if (feature.geometry.type === 'LineString') continue; // a line's label point: below
      expect(booleanPointInPolygon(label as Feature<Point>, feature as Feature<Polygon | MultiPolygon>), label.properties!.id).toBe(true);
    }
  });

  test('the corridor has one label point, on it, halfway along (its name goes beside it: map/live/style.ts)', () => {
    const labels = loadSources().points.features.filter((f) => f.properties?.kind === 'label' && f.properties.for === 'philadelphi-corridor');
    expect(labels).toHaveLength(1);
    // The served line (the label point is taken from it).
    const corridor = findFeature('philadelphi-corridor') as Feature<LineString>;
    const at = labels[0] as Feature<Point>;
    // On the line (within rounding), and as far from one end as from the other.
    expect(pointToLineDistance(at, corridor, { units: 'meters' })).toBeLessThan(5);
    const fromStart = length(lineSlice(corridor.geometry.coordinates[0]!, at, corridor));
    expect(fromStart / length(corridor)).toBeCloseTo(0.5, 2);
    expect(at.properties).toMatchObject({ name: 'Philadelphi corridor', approximate: true });
  });

  test('every served source passes validation inside its region', () => {
    for (const s of SOURCE_IDS) expect(findProblems(loadSources()[s], { file: s, region: SOURCE_SETTINGS[s].region })).toEqual([]);
  });

  test('every feature carries id, name, source, accuracy and approximate', () => {
    for (const s of SOURCE_IDS) {
      for (const f of loadSources()[s].features) {
        const p = f.properties!;
        expect(typeof p.name, `${p.id}`).toBe('string');
        expect(typeof p.source, `${p.id}`).toBe('string');
        expect(ACCURACIES).toContain(p.accuracy);
        expect(p.approximate).toBe(p.accuracy === 'approximate');
      }
    }
  });

  test('world ids: catalog ids for named countries, iso-<code> for the rest', () => {
    const world = ids('world');
    for (const id of ['egypt', 'israel', 'qatar', 'turkey', 'united-arab-emirates', 'bahrain', 'morocco', 'sudan', 'kazakhstan', 'united-states']) {
      expect(world).toContain(id);
    }
    expect(world.filter((id) => !(FEATURE_IDS as readonly string[]).includes(id)).every((id) => /^(iso-\d{3}|ne-[a-z-]+)$/.test(id))).toBe(true);
    expect(world).not.toContain('iso-818');
  });

  test("Natural Earth's Gaza polygon is its own feature, marked as replaced by the OpenStreetMap outline", () => {
    const inGaza = loadSources().world.features.filter((f) => booleanPointInPolygon([34.35, 31.4], f as Feature<Polygon>));
    expect(inGaza.map((f) => f.properties)).toEqual([expect.objectContaining({ id: 'ne-gaza-strip', replacedBy: 'gaza-strip', accuracy: 'generalised' })]);
    expect(loadSources().world.features.find((f) => f.properties?.id === 'iso-275')?.properties?.name).toBe('West Bank');
  });

  test('the world layer stays inside its extent; local and lines inside the close-up box', () => {
    expect(featureBounds(['united-states'])[0]).toBeGreaterThanOrEqual(WORLD_EXTENT[0]);
    const [w, s, e, n] = featureBounds(['gaza-strip', ...LAYER_FEATURES.governorates, 'egypt-gaza-border', 'philadelphi-corridor']);
    expect(w).toBeGreaterThanOrEqual(LOCAL_EXTENT[0]);
    expect(s).toBeGreaterThanOrEqual(LOCAL_EXTENT[1]);
    expect(e).toBeLessThanOrEqual(LOCAL_EXTENT[2]);
    expect(n).toBeLessThanOrEqual(LOCAL_EXTENT[3]);
  });

  test('featureBounds is the bounding box of the features together', () => {
    const [w, s, e, n] = featureBounds(['cairo', 'astana']);
    expect([w, s, e, n]).toEqual([31.2357, 30.0444, 71.4491, 51.1694]);
    const gaza = featureBounds(['gaza-strip']);
    expect(gaza[0]).toBeCloseTo(34.218, 2);
    expect(gaza[3]).toBeCloseTo(31.595, 2);
  });

  test('findFeature and featureBounds name a missing or unknown id', () => {
    expect(() => findFeature('atlantis' as never)).toThrow('"atlantis" is not a FeatureId of src/model/ids.ts');
    expect(() => featureBounds([])).toThrow('featureBounds: no feature ids given');
  });

  test('the Salah al-Din gate is approximate and on the Egypt–Gaza border', () => {
    const gate = findPreciseFeature('salah-al-din-gate') as Feature<Point>;
    expect(gate.properties?.accuracy).toBe('approximate');
    expect(gate.properties?.kind).toBe('crossing');
    expect(pointToLineDistance(gate, findPreciseFeature('egypt-gaza-border') as Feature<LineString>, { units: 'meters' })).toBeLessThan(1);
  });

  test('the Rafah crossing of public-facts.md lies within 250 m of the OpenStreetMap border', () => {
    const crossing = findPreciseFeature('rafah-crossing') as Feature<Point>;
    expect(pointToLineDistance(crossing, findPreciseFeature('egypt-gaza-border') as Feature<LineString>, { units: 'meters' })).toBeLessThan(250);
  });

  test('the Philadelphi corridor is approximate and says how it was drawn', () => {
    const p = findFeature('philadelphi-corridor').properties!;
    expect(p.approximate).toBe(true);
    expect(p.note).toMatch(/^Approximate: /);
  });

  test('the five governorates lie inside the Gaza Strip outline (clipped to it) and cover it', () => {
    const gaza = findPreciseFeature('gaza-strip') as Feature<Polygon>;
    const governorates = LAYER_FEATURES.governorates.map((id) => findPreciseFeature(id) as Feature<Polygon | MultiPolygon>);
    const km2 = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;
    for (const g of governorates) {
      const outside = difference(featureCollection([g, gaza]));
      expect(outside ? km2(outside) : 0, String(g.properties?.id)).toBeLessThan(0.01);
      expect(g.properties?.accuracy).toBe('generalised');
      expect(g.properties?.approximate).toBe(false);
      expect(g.properties?.note).toMatch(/clipped to the OpenStreetMap outline/);
    }
    const total = governorates.reduce((sum, g) => sum + km2(g), 0);
    expect(Math.abs(total - km2(gaza)) / km2(gaza)).toBeLessThan(0.01);
    expect(findFeature('rafah-governorate').properties?.name).toBe('Rafah Governorate');
  });

  test('every sea name is set in open water, with the zooms it is for', () => {
    const world = loadPreciseSources().world.features as Feature<Polygon | MultiPolygon>[];
    const seas = loadSources().points.features.filter((f) => f.properties?.kind === 'sea');
    expect(seas.map((f) => f.properties?.name)).toEqual(expect.arrayContaining(['Mediterranean Sea', 'Red Sea', 'The Gulf']));
    for (const sea of seas) {
      const on = world.filter((land) => booleanPointInPolygon(sea as Feature<Point>, land)).map((land) => land.properties?.name);
      expect(on, String(sea.properties?.id)).toEqual([]);
      expect(sea.properties?.note, 'a chosen position, said so').toMatch(/^A water label, placed in open water/);
    }
  });

  test('capitals carry kind and the country they are the capital of', () => {
    const capitals = loadSources().points.features.filter((f) => f.properties?.kind === 'capital');
    expect(capitals.map((f) => [f.properties?.id, f.properties?.country])).toEqual([
      ['cairo', 'egypt'], ['doha', 'qatar'], ['ankara', 'turkey'], ['abu-dhabi', 'united-arab-emirates'], ['washington', 'united-states'], ['astana', 'kazakhstan'],
    ]);
  });

  test('arcs run from each capital to Gaza City and carry their length', () => {
    const gazaCity = (findFeature('gaza-city') as Feature<Point>).geometry.coordinates;
    for (const f of loadSources().arcs.features as Feature<LineString>[]) {
      const p = f.properties!;
      expect(p.id).toBe(`arc-${p.from}`);
      expect(p.to).toBe('gaza-city');
      expect(p.distanceKm).toBeGreaterThan(300);
      const end = f.geometry.coordinates.at(-1)!;
      expect(end[0]).toBeCloseTo(gazaCity[0]!, 2);
      expect(end[1]).toBeCloseTo(gazaCity[1]!, 2);
    }
  });

  test('every input is in the manifest with origin, licence, date, accuracy and attribution', () => {
    const manifest = loadManifest();
    expect(manifest.files.map((e) => e.path).sort()).toEqual([
      'data/geoboundaries/gaza-governorates.geojson', 'data/hand/derived.json', 'data/hand/places.geojson', 'data/osm/gaza-egypt-israel.geojson',
      'node_modules/world-atlas/countries-50m.json',
    ]);
    for (const e of manifest.files) {
      for (const key of ['what', 'origin', 'licence', 'date', 'attribution'] as const) expect(e[key], `${e.path} ${key}`).toBeTruthy();
      expect(ACCURACIES).toContain(e.accuracy);
    }
    expect(manifest.files.find((e) => e.path.startsWith('data/osm/'))?.attribution).toBe('© OpenStreetMap contributors');
  });

  test('loading twice returns the same memoised objects', () => {
    expect(loadSources()).toBe(loadSources());
  });
});
