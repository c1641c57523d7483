import { describe, expect, test } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { readLayerFile } from '../../../src/geo/read';
import { findDuplicateIds, findProblems, GeoValidationError } from '../../../src/geo/validate';
import type { BBox } from '../../../src/geo/properties';

const DIR = 'test/fixtures/geo';
/** The region every fixture claims: around Gaza. */
const REGION: BBox = [34, 31, 35, 32];

/** The problems readLayerFile throws for a fixture, or [] if it loads. */
function problemsOf(name: string, geometryTypes?: ('Point' | 'Polygon')[]): readonly string[] {
  try {
    readLayerFile(`${DIR}/${name}`, { region: REGION, geometryTypes });
    return [];
  } catch (error) {
    if (error instanceof GeoValidationError) return error.problems;
    return [(error as Error).message];
  }
}

describe('validate', () => {
  test('a valid file loads', () => {
    expect(problemsOf('valid.geojson')).toEqual([]);
  });

  test('a coordinate outside the claimed region names the file, feature and coordinate', () => {
    expect(problemsOf('outside-region.geojson')).toEqual([
      'test/fixtures/geo/outside-region.geojson: feature "rafah-crossing": coordinates [134.2, 31.2] outside the region [34, 31, 35, 32]',
    ]);
  });

  test('a clockwise outer ring fails the right-hand rule', () => {
    expect(problemsOf('clockwise.geojson')).toEqual([
      'test/fixtures/geo/clockwise.geojson: feature "gaza-strip": outer ring is clockwise; RFC 7946 wants counter-clockwise (right-hand rule)',
    ]);
  });

  test('a hole wound like its shell fails the right-hand rule', () => {
    const outer = [[34.2, 31.2], [34.3, 31.2], [34.3, 31.3], [34.2, 31.3], [34.2, 31.2]];
    const hole = [[34.22, 31.22], [34.28, 31.22], [34.28, 31.28], [34.22, 31.28], [34.22, 31.22]];
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'x', name: 'x', source: 's', accuracy: 'surveyed', approximate: false }, geometry: { type: 'Polygon', coordinates: [outer, hole] } }],
    };
    expect(findProblems(fc, { file: 'inline', region: REGION })).toEqual([
      'inline: feature "x": hole 1 is counter-clockwise; RFC 7946 wants holes clockwise',
    ]);
  });

  test('a self-intersecting ring is reported with where it crosses', () => {
    expect(problemsOf('self-intersecting.geojson')).toEqual([
      'test/fixtures/geo/self-intersecting.geojson: feature "rafah-area": self-intersection at [34.25, 31.25] (1 in all)',
    ]);
  });

  test('an unclosed ring is reported', () => {
    expect(problemsOf('unclosed-ring.geojson')).toEqual([
      'test/fixtures/geo/unclosed-ring.geojson: feature "gaza-strip": outer ring is not closed ([34.2, 31.2] … [34.21, 31.2])',
    ]);
  });

  test('missing and wrong properties are each reported', () => {
    expect(problemsOf('missing-properties.geojson')).toEqual([
      'test/fixtures/geo/missing-properties.geojson: feature "rafah": property "source" is missing or empty',
      'test/fixtures/geo/missing-properties.geojson: feature "rafah": property "accuracy" is "exact"; expected one of surveyed, generalised, approximate',
      'test/fixtures/geo/missing-properties.geojson: feature "rafah": property "approximate" is missing or not a boolean',
    ]);
  });

  test('an approximate feature must say how it was drawn', () => {
    expect(problemsOf('approximate-without-note.geojson')).toEqual([
      'test/fixtures/geo/approximate-without-note.geojson: feature "salah-al-din-gate": an approximate feature needs a "note" saying how it was drawn',
    ]);
  });

  test('"approximate" must agree with "accuracy"', () => {
    expect(problemsOf('approximate-mismatch.geojson')).toEqual([
      'test/fixtures/geo/approximate-mismatch.geojson: feature "salah-al-din-gate": property "approximate" is true but "accuracy" is "surveyed"',
    ]);
  });

  test('duplicate ids within a file are reported', () => {
    expect(problemsOf('duplicate-ids.geojson')).toEqual([
      'test/fixtures/geo/duplicate-ids.geojson: feature "rafah": duplicate id',
    ]);
  });

  test('duplicate ids across sources are reported with both places', () => {
    const fc = (id: string): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [0, 0] } }] });
    expect(findDuplicateIds({ points: fc('rafah'), local: fc('rafah') })).toEqual(['local: feature "rafah": id also used in points']);
  });

  test('a geometry type the layer does not hold is reported', () => {
    expect(problemsOf('wrong-geometry.geojson', ['Point'])).toEqual([
      'test/fixtures/geo/wrong-geometry.geojson: feature "rafah": geometry is LineString; this layer holds Point',
    ]);
  });

  test('a feature without geometry is reported', () => {
    expect(problemsOf('no-geometry.geojson')).toEqual(['test/fixtures/geo/no-geometry.geojson: feature "rafah": has no geometry']);
  });

  test('a file that is not a FeatureCollection is reported', () => {
    expect(problemsOf('not-a-collection.geojson')).toEqual(['test/fixtures/geo/not-a-collection.geojson: not a GeoJSON FeatureCollection']);
  });

  test('a file that is not JSON, or missing, names itself', () => {
    expect(problemsOf('not-json.geojson')[0]).toMatch(/^test\/fixtures\/geo\/not-json\.geojson: not JSON/);
    expect(problemsOf('missing.geojson')).toEqual(['test/fixtures/geo/missing.geojson: cannot read (ENOENT)']);
  });

  test('the thrown error lists every problem in its message', () => {
    expect(() => readLayerFile(`${DIR}/outside-region.geojson`, { region: REGION })).toThrow(
      /Invalid geodata \(1 problem\):\ntest\/fixtures\/geo\/outside-region\.geojson: feature "rafah-crossing": coordinates \[134\.2, 31\.2\]/,
    );
  });
});
