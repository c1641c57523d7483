import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, test } from 'vitest';
import { storyLand, LOCAL_LAND_IDS } from '../../../../src/map/static/land';
import { CompactPath, rewindForD3 } from '../../../../src/map/static/geometry';
import { cameraProjection, fitCamera } from '../../../../src/map/static/view';
import { zoomToScale } from '../../../../src/map/shared/mercator';
import { buildStaticMap, staticView, type MapPalette, type StaticMapInput } from '../../../../src/map/static/static-map';
import { assertWellFormed, elements, textOf, withAttr } from '../../svg-reading';

// Small fixture data in the shape of layers.ts's sources (RFC 7946 winding: outer rings counter-clockwise).
const feature = (id: string, geometry: Geometry, extra: Record<string, unknown> = {}): Feature => ({
  type: 'Feature', geometry,
  properties: { id, name: id.replace(/-/g, ' '), source: 'fixture', accuracy: 'surveyed', approximate: false, ...extra },
});
const box = (w: number, s: number, e: number, n: number): Geometry => ({
  type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});
const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const sources = {
  world: fc([
    feature('egypt', box(25, 22, 34.2, 31.5)),
    feature('israel', box(34.3, 29.5, 35.8, 33.3)),
    feature('kazakhstan', box(47, 41, 87, 55)),
  ]),
  local: fc([
    feature('gaza-strip', box(34.2, 31.2, 34.55, 31.6)),
    feature('rafah-governorate', box(34.2, 31.22, 34.33, 31.33), { accuracy: 'approximate', approximate: true }),
  ]),
  lines: fc([]),
  points: fc([
    feature('rafah', point(34.2586, 31.2725), { kind: 'town' }),
    feature('gaza-city', point(34.4668, 31.5017), { kind: 'town' }),
    feature('deir-al-balah', point(34.35167, 31.41889), { kind: 'town' }),
    feature('khan-yunis', point(34.30306, 31.34444), { kind: 'town' }),
    feature('el-arish', point(33.80338, 31.13207), { kind: 'town' }),
    feature('rafah-crossing', point(34.25923, 31.24858), { kind: 'crossing' }),
    feature('kerem-shalom-crossing', point(34.2706, 31.2208), { kind: 'crossing' }),
    feature('salah-al-din-gate', point(34.22, 31.265), { kind: 'crossing', accuracy: 'approximate', approximate: true, name: 'Salah al-Din gate' }),
  ]),
  arcs: fc([]),
};
const palette: MapPalette = {
  sea: '#cfe0ea', land: '#f4f1ea', border: '#8a8378', frontier: '#111827', gaza: '#c2410c', gazaFill: '#fcd9bd', highlight: '#9a3412',
  members: '#1d4ed8', membersFill: '#bfd3f7', accords: '#047857', accordsFill: '#bde5d3', neighbours: '#e8e1d3',
  label: '#1f2328', halo: '#ffffff', water: '#29566f',
};
const input = (over: Partial<StaticMapInput> = {}): StaticMapInput => ({
  chapterId: 'rafah',
  land: [{ features: sources.world, outline: true }],
  sources,
  view: { fit: ['gaza-strip'] },
  show: ['gaza', 'rafah-governorate', 'crossings', 'places'],
  highlight: ['rafah-crossing', 'rafah-governorate'],
  width: 400,
  height: 300,
  palette,
  ...over,
});
const drawnIds = (svg: string) => withAttr(svg, 'data-feature').map((e) => e.attrs['data-feature']);
const labels = (svg: string) => elements(svg, 'text').map((t) => textOf(t.inner));

describe('static map', () => {
  const svg = buildStaticMap(input());

  test('spaces a two-line label by the language’s leading (Arabic needs more than Latin)', () => {
    const language = { name: (n: string) => n, approximate: 'approx.', highlighted: 'h', mapOf: '{list}', region: 'r', sep: ', ', legend: {}, km: 'km', m: 'm' };
    // The distance from a two-line label's first baseline (its <text> y) to its second line's (the second <tspan> y).
    const secondLine = (map: string) => {
      const label = elements(map, 'text').find((t) => elements(t.inner, 'tspan').length === 2)!;
      return Number(elements(label.inner, 'tspan')[1]!.attrs.y) - Number(label.attrs.y);
    };
    const latin = secondLine(buildStaticMap(input({ language })));
    const arabic = secondLine(buildStaticMap(input({ language: { ...language, leading: 1.4 } })));
    expect(latin).toBeGreaterThan(0);
    expect(arabic / latin).toBeCloseTo(1.4 / 1.15, 2);
  });

  test('is well-formed SVG', () => {
    assertWellFormed(svg);
  });

  test('is the chapter’s static map, sized as asked and scaling to its container', () => {
    const root = elements(svg, 'svg')[0]!;
    expect(root.attrs).toMatchObject({ 'data-static-map': 'rafah', viewBox: '0 0 400 300', width: '100%', role: 'img' });
    expect(elements(svg, 'rect')[0]!.attrs).toMatchObject({ width: '400', height: '300' });
  });

  test('contains its highlighted features, marked as highlighted', () => {
    const highlighted = withAttr(svg, 'data-highlight').map((e) => e.attrs['data-feature']);
    expect(highlighted).toEqual(expect.arrayContaining(['rafah-crossing', 'rafah-governorate']));
    expect(drawnIds(svg)).toEqual(expect.arrayContaining(['gaza-strip', 'rafah', 'gaza-city', 'kerem-shalom-crossing', 'salah-al-din-gate']));
  });

  test('draws each shown feature once', () => {
    const ids = drawnIds(svg);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('draws approximate features dashed and labels them “(approximate)”', () => {
    for (const f of withAttr(svg, 'data-approximate')) expect(f.attrs['stroke-dasharray'], f.attrs['data-feature']).toBeTruthy();
    expect(withAttr(svg, 'data-approximate').map((f) => f.attrs['data-feature']).sort()).toEqual(['rafah-governorate', 'salah-al-din-gate']);
    const approximateLabels = elements(svg, 'text').filter((t) => ['rafah-governorate', 'salah-al-din-gate'].includes(t.attrs['data-label']!));
    expect(approximateLabels).toHaveLength(2);
    for (const t of approximateLabels) expect(textOf(t.inner)).toMatch(/\(approximate\)$/);
  });

  test('labels the highlighted points by name', () => {
    expect(labels(svg)).toEqual(expect.arrayContaining(['rafah crossing']));
  });

  test('leaves out what is outside the view', () => {
    const far = buildStaticMap(input({ show: ['gaza', 'accords-members'], highlight: [], sources: { ...sources, world: fc([...sources.world.features, feature('united-arab-emirates', box(51, 22.6, 56.4, 26.1)), feature('bahrain', box(50.4, 25.8, 50.7, 26.3)), feature('morocco', box(-13, 27.6, -1, 35.9)), feature('sudan', box(21.8, 8.7, 38.6, 22.2))]) } }));
    expect(drawnIds(far)).not.toContain('kazakhstan');
    expect(drawnIds(far)).not.toContain('morocco');
  });

  test('names what it shows in its accessible label', () => {
    const label = elements(svg, 'svg')[0]!.attrs['aria-label']!;
    expect(label).toMatch(/^Map: /);
    expect(label).toContain('rafah crossing (highlighted)');
    expect(label).toContain('Salah al-Din gate (approximate)');
  });

  test('uses the camera of a centre + zoom view: scale = 512 · 2^zoom / 2π', () => {
    const centred = buildStaticMap(input({ view: { center: [34.3, 31.35], zoom: 9 } }));
    expect(Number(elements(centred, 'svg')[0]!.attrs['data-zoom'])).toBeCloseTo(9, 5);
    expect(zoomToScale(0) * 2 * Math.PI).toBeCloseTo(512);
    const projection = cameraProjection([34.3, 31.35], 9, 400, 300);
    const [x, y] = projection([34.3, 31.35])!;
    expect(x).toBeCloseTo(200);
    expect(y).toBeCloseTo(150);
  });

  test('fits the view’s features inside the padding, as fitBounds does', () => {
    const camera = fitCamera([34.2, 31.2, 34.55, 31.6], 400, 300, 20);
    const projection = cameraProjection(camera.center, camera.zoom, 400, 300);
    const [x0, y1] = projection([34.2, 31.2])!;
    const [x1, y0] = projection([34.55, 31.6])!;
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(19.9);
    expect(Math.max(x1 - 400, y1 - 300)).toBeLessThanOrEqual(-19.9);
    // One side touches the padding: the fit is as close as it can be.
    expect(Math.min(x0 - 20, y0 - 20)).toBeCloseTo(0, 5);
  });

  test('stops a fit at maxZoom, so a single point does not fill the map', () => {
    const camera = fitCamera([34.25, 31.25, 34.25, 31.25], 400, 300, 20, 12);
    expect(camera.zoom).toBe(12);
  });

  test('draws land and the layers only in the zoom range they are given', () => {
    const low = buildStaticMap(input({ land: [{ features: sources.world, outline: true, minZoom: 20 }] }));
    expect(elements(low, 'path').filter((p) => p.attrs.class === 'sm-land')).toHaveLength(0);
    expect(elements(svg, 'path').filter((p) => p.attrs.class === 'sm-land')).toHaveLength(1);
  });

  test('draws the close-up land from OpenStreetMap alone, and the regional land from Natural Earth', () => {
    const world = fc([feature('egypt', box(25, 22, 34.2, 31.5))]);
    const local = fc([feature('egypt-local', box(33.95, 30.95, 34.24, 31.3)), feature('gaza-strip', box(34.2, 31.2, 34.55, 31.6)), feature('rafah-governorate', box(34.2, 31.22, 34.33, 31.33))]);
    const land = storyLand({ world, local }, 9, [33.95, 30.95, 34.85, 31.85]);
    const landPaths = (view: StaticMapInput['view']) => elements(buildStaticMap(input({ land, view })), 'path').filter((p) => p.attrs.class === 'sm-land');
    // Close-up inside the OpenStreetMap box: its land only, with borders.
    expect(landPaths({ center: [34.3, 31.35], zoom: 11 }).map((p) => p.attrs.stroke)).toEqual([palette.border]);
    // Regional view: Natural Earth with borders.
    expect(landPaths({ center: [31, 28], zoom: 4 })).toHaveLength(1);
    // Zoomed in but reaching beyond the box: Natural Earth fill under the OpenStreetMap land.
    expect(landPaths({ center: [34.0, 31.0], zoom: 9.2 }).map((p) => p.attrs.stroke ?? 'none')).toEqual(['none', palette.border]);
    expect(LOCAL_LAND_IDS.has('rafah-governorate')).toBe(false);
  });

  test('turns a feature too small to see into a dot, so a highlight never vanishes', () => {
    const world = buildStaticMap(input({ view: { center: [30, 30], zoom: 2 }, show: ['gaza'], highlight: ['gaza-strip'] }));
    const gaza = withAttr(world, 'data-feature').find((e) => e.attrs['data-feature'] === 'gaza-strip')!;
    expect(gaza.tag).toBe('circle');
    expect(gaza.attrs['data-highlight']).toBeDefined();
  });

  test('stops with a clear message when a shown layer names a feature no source has', () => {
    expect(() => buildStaticMap(input({ show: ['capitals'], highlight: ['cairo'] }))).toThrow(/layer "capitals" names "cairo"/);
  });

  test('draws only the arcs and capitals a chapter names, not every one the layer holds', () => {
    const named = buildStaticMap(input({ show: ['capitals', 'arcs'], highlight: [] }));
    expect(withAttr(named, 'data-feature')).toEqual([]);
  });

  test('escapes feature names', () => {
    const evil = { ...sources, points: fc(sources.points.features.map((f) => f.properties!.id === 'rafah' ? feature('rafah', point(34.2586, 31.2725), { kind: 'town', name: '<b>R</b> & "R"' }) : f)) };
    const out = buildStaticMap(input({ sources: evil, highlight: ['rafah'] }));
    assertWellFormed(out);
    expect(elements(out, 'b')).toEqual([]);
    expect(labels(out)).toContain('<b>R</b> & "R"');
    expect(elements(out, 'svg')[0]!.attrs['aria-label']).toContain('<b>R</b> & "R" (highlighted)');
  });

  test('converts the chapter schema’s view (fit or camera)', () => {
    expect(staticView({ fit: ['gaza-strip'], maxZoom: 12, bearing: 0, pitch: 0 })).toEqual({ fit: ['gaza-strip'], maxZoom: 12 });
    expect(staticView({ center: [34, 31], zoom: 8, bearing: 0, pitch: 0 })).toEqual({ center: [34, 31], zoom: 8 });
  });
});

describe('static map geometry', () => {
  test('rewinds RFC 7946 polygons for d3, so a country is not drawn as the whole world', () => {
    const ccw = feature('x', box(34, 31, 35, 32));
    const rewound = rewindForD3(ccw);
    expect((rewound.geometry as { coordinates: number[][][] }).coordinates[0]![1]).toEqual([34, 32]);
    expect(rewindForD3(rewound)).toBe(rewound);
  });

  test('writes compact relative paths whose rounding does not add up', () => {
    const path = new CompactPath(0);
    path.moveTo(10.4, 20.6);
    for (let i = 1; i <= 10; i++) path.lineTo(10.4 + i * 0.4, 20.6 - i * 0.4);
    path.closePath();
    const d = path.take();
    expect(d).toMatch(/^M10 21l/);
    // Sum of the deltas lands on the rounded end point (14.4, 16.6) → (14, 17).
    const deltas = [...d.slice(d.indexOf('l') + 1, -1).matchAll(/-?\d+/g)].map((m) => Number(m[0]));
    const dx = deltas.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    const dy = deltas.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
    expect([10 + dx, 21 + dy]).toEqual([14, 17]);
    expect(d.endsWith('z')).toBe(true);
  });
});
