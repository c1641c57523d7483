import { beforeAll, describe, expect, test } from 'vitest';
import { FIGURE_IDS, formatFigure, getFigures, roundForDisplay, type FigureId } from '../../../src/geo/figures';
import { loadSources } from '../../../src/geo/layers';

beforeAll(() => void getFigures(), 60_000);

/** Published value (or range) from shared/source/public-facts.md, and the tolerance held to. */
function expectNear(id: FigureId, low: number, high: number, tolerance: number) {
  const { value } = getFigures()[id];
  expect(value, id).toBeGreaterThanOrEqual(low * (1 - tolerance));
  expect(value, id).toBeLessThanOrEqual(high * (1 + tolerance));
}

/** Haversine on a 6371 km sphere, written out here so the test does not lean on turf. */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/** Coordinates as published in public-facts.md (longitude, latitude). */
const GAZA_CITY: [number, number] = [34.4668, 31.5017];
const CAPITALS: [FigureId, [number, number]][] = [
  ['distanceCairoKm', [31.2357, 30.0444]],
  ['distanceDohaKm', [51.531, 25.2854]],
  ['distanceAnkaraKm', [32.8597, 39.9334]],
  ['distanceAbuDhabiKm', [54.3773, 24.4539]],
  ['distanceWashingtonKm', [-77.0369, 38.9072]],
  ['distanceAstanaKm', [71.4491, 51.1694]],
];

describe('figures', () => {
  test('there is one figure per id, each with a label, unit, display and method', () => {
    const figures = getFigures();
    expect(Object.keys(figures).sort()).toEqual([...FIGURE_IDS].sort());
    for (const id of FIGURE_IDS) {
      const f = figures[id];
      expect(f.id).toBe(id);
      expect(f.label).toBeTruthy();
      expect(['km', 'km²']).toContain(f.unit);
      expect(f.display.endsWith(` ${f.unit}`), id).toBe(true);
      expect(f.method).toMatch(/\.$/);
      expect(f.check).toMatch(/\.$/);
    }
  });

  test('Gaza Strip area is within 5% of the published 360–365 km²', () => {
    expectNear('gazaAreaKm2', 360, 365, 0.05);
    expect(getFigures().gazaAreaKm2.published?.source).toMatch(/CIA World Factbook/);
  });

  test('Rafah governorate, as drawn (geoBoundaries clipped to the outline), is within 10% of the published 64 km²', () => {
    expectNear('rafahGovernorateAreaKm2', 64, 64, 0.1);
  });

  test('Egypt–Gaza border is within 15% of the published 12–13 km', () => {
    expectNear('egyptGazaBorderKm', 12, 13, 0.15);
  });

  test('Philadelphi corridor is within 15% of the published 14 km', () => {
    expectNear('philadelphiKm', 14, 14, 0.15);
  });

  test('the Rafah crossing lies along the border, closer to Kerem Shalom than to the sea', () => {
    const { rafahCrossingToSeaKm, egyptGazaBorderKm } = getFigures();
    expect(rafahCrossingToSeaKm.value).toBeGreaterThan(egyptGazaBorderKm.value / 2);
    expect(rafahCrossingToSeaKm.value).toBeLessThan(egyptGazaBorderKm.value);
  });

  test('capital distances match an independent haversine from the published coordinates within 0.5%', () => {
    for (const [id, capital] of CAPITALS) {
      expect(getFigures()[id].value / haversineKm(capital, GAZA_CITY), id).toBeCloseTo(1, 2);
    }
  });

  test('capital distances are measured to the same Gaza point as the arcs', () => {
    const arcs = loadSources().arcs.features;
    for (const [id] of CAPITALS) {
      const from = id.replace(/^distance|Km$/g, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
      const arc = arcs.find((f) => f.properties?.from === from);
      expect(arc?.properties?.distanceKm, id).toBeCloseTo(getFigures()[id].value, 0);
    }
  });

  test('displays round as the data allows', () => {
    const f = getFigures();
    expect(f.gazaAreaKm2.display).toMatch(/^about \d+5? km²$|^about \d+0 km²$/);
    expect(f.egyptGazaBorderKm.display).toMatch(/^about \d+ km$/);
    expect(f.distanceWashingtonKm.display).toMatch(/^about \d,\d{2}0 km$/);
  });

  test('every figure is rounded, so every one says "about"', () => {
    for (const f of Object.values(getFigures())) expect(f.display, f.id).toMatch(/^about /);
  });

  test('figures with a published value carry it in short, to print beside the computed one', () => {
    const f = getFigures();
    expect(f.gazaAreaKm2.published?.short).toBe('360–365 km²');
    expect(f.egyptGazaBorderKm.published?.short).toBe('12–13 km');
    expect(f.philadelphiKm.published?.short).toBe('about 14 km');
  });

  test('figures without a published value say so and say how they were computed, never "checked against published values"', () => {
    for (const f of Object.values(getFigures()).filter((x) => !x.published)) {
      expect(f.check, f.id).toMatch(/^No published figure exists: (computed|measured)/);
    }
  });

  test('formatFigure returns the display string', () => {
    expect(formatFigure('distanceCairoKm')).toBe(getFigures().distanceCairoKm.display);
  });

  test('roundForDisplay rounds to the step and groups thousands', () => {
    expect(roundForDisplay(9465.6, 10)).toBe('9,470');
    expect(roundForDisplay(364.2, 5)).toBe('365');
    expect(roundForDisplay(12.71, 1)).toBe('13');
  });
});
