/**
 * The director moves between chapters by changing paint properties and
 * filters of the layers the style already has: it never adds, removes or
 * replaces a source or a layer (issue 8, cheap transitions). A stand-in map
 * records every call and refuses the ones that would rebuild the map.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { LAYER_FEATURES, LAYER_IDS, type FeatureId, type LayerId } from '../../../../src/model/ids';
import type { MapChapter } from '../../../../src/map/shared/camera';
import { FIT_LABEL_ROOM_PX, createDirector, withLabelRoom } from '../../../../src/map/live/director';
import { OPACITY_PAINT, buildStyle } from '../../../../src/map/live/style';

function standInMap(style: StyleSpecification) {
  const calls: string[] = [];
  const paint = new Map<string, unknown>();
  const filters = new Map<string, unknown>();
  const layout = new Map<string, unknown>();
  const filterCalls: string[] = [];
  const listeners = new Map<string, (() => void)[]>();
  /** Where the stand-in projects a point: x from its longitude (34 → 0 px, 35 → 1280 px), y 0. */
  const project = ([lng]: [number, number]) => ({ x: (lng - 34) * 1280, y: 0 });
  const refuse = (name: string) => () => {
    throw new Error(`director called map.${name}: a chapter change must reuse sources and layers`);
  };
  const map = {
    getStyle: () => style,
    setPaintProperty(layer: string, prop: string, value: unknown) {
      calls.push('setPaintProperty');
      paint.set(`${layer}|${prop}`, value);
    },
    setLayoutProperty(layer: string, prop: string, value: unknown) {
      calls.push('setLayoutProperty');
      layout.set(`${layer}|${prop}`, value);
    },
    setFilter(layer: string, filter: unknown) {
      calls.push('setFilter');
      filterCalls.push(layer);
      filters.set(layer, filter);
    },
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    getLayer: (id: string) => style.layers.find((l) => l.id === id),
    project,
    fitBounds: () => calls.push('fitBounds'),
    // The fit's room for labels is a share of the map's width (withLabelRoom).
    getContainer: () => ({ clientWidth: 1280 }),
    flyTo: () => calls.push('flyTo'),
    jumpTo: () => calls.push('jumpTo'),
    addSource: refuse('addSource'),
    removeSource: refuse('removeSource'),
    addLayer: refuse('addLayer'),
    removeLayer: refuse('removeLayer'),
    setStyle: refuse('setStyle'),
  };
  /** The map comes to rest (its camera's moveend). */
  const settle = () => (listeners.get('moveend') ?? []).forEach((l) => l());
  return { map: map as unknown as MapLibreMap, calls, paint, filters, filterCalls, layout, settle };
}

/** One chapter per story layer, highlighting that layer's features, then one with everything. */
const chapters: MapChapter[] = [
  ...LAYER_IDS.map((layer, i) => ({
    id: `c${i}`,
    title: layer,
    camera: i % 2 ? { center: [34.3, 31.3] as [number, number], zoom: 9, bearing: 0, pitch: 0 } : { bounds: [34.2, 31.2, 34.6, 31.6] as [number, number, number, number], bearing: 0, pitch: 0 },
    show: [layer],
    highlight: [...((LAYER_FEATURES as Record<LayerId, readonly FeatureId[]>)[layer] ?? [])].slice(0, 1),
  })),
  { id: 'all', title: 'all', camera: { center: [34.3, 31.3], zoom: 5, bearing: 0, pitch: 0 }, show: [...LAYER_IDS], highlight: [] },
];

describe('the director', () => {
  const style = buildStyle('https://example.test/', 'Natural Earth');
  const sourcesBefore = JSON.stringify(style.sources);
  const layersBefore = style.layers.map((l) => l.id);

  test('steps through every chapter, forth and back, without adding or removing a source or a layer', () => {
    const { map, calls } = standInMap(style);
    const director = createDirector(map, { padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }), reducedMotion: () => false });
    for (const chapter of [...chapters, ...[...chapters].reverse()]) director.show(chapter);
    expect(new Set(calls)).toEqual(new Set(['setPaintProperty', 'setLayoutProperty', 'setFilter', 'fitBounds', 'flyTo']));
    expect(JSON.stringify(style.sources)).toBe(sourcesBefore);
    expect(style.layers.map((l) => l.id)).toEqual(layersBefore);
  });

  test('a chapter shows its layers and hides every other story layer', () => {
    const { map, paint } = standInMap(style);
    const director = createDirector(map, { padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }), reducedMotion: () => true });
    const chapter = chapters.find((c) => c.highlight.length > 0)!;
    director.show(chapter);
    const storyLayers = style.layers.filter((l) => (l.metadata as Record<string, string> | undefined)?.['story:layer']);
    for (const l of storyLayers) {
      const meta = l.metadata as Record<string, string>;
      const shown = chapter.show.includes(meta['story:layer'] as LayerId);
      for (const prop of OPACITY_PAINT[l.type as keyof typeof OPACITY_PAINT]) {
        expect(paint.get(`${l.id}|${prop}`), `${l.id} ${prop}`).toBe(shown ? 1 : 0);
        // Reduced motion: no fade either.
        expect(paint.get(`${l.id}|${prop}-transition`)).toEqual({ duration: 0, delay: 0 });
      }
    }
  });

  test('a highlight filter changes only when that layer’s own highlighted features change, and only while it is shown', () => {
    // A new filter makes MapLibre rebuild the layer's tiles in its workers.
    const { map, filters, filterCalls } = standInMap(buildStyle('https://example.test/', 'Natural Earth'));
    const director = createDirector(map, { padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }), reducedMotion: () => false });
    const camera = { center: [34.25, 31.3] as [number, number], zoom: 11, bearing: 0, pitch: 0 };
    const at = (show: LayerId[], highlight: FeatureId[]): MapChapter => ({ id: 'x', title: 'x', camera, show, highlight });

    director.show(at(['crossings'], ['rafah-crossing']));
    expect(filterCalls).toEqual(['crossings:highlight']);
    expect(filters.get('crossings:highlight')).toEqual(['in', ['get', 'id'], ['literal', ['rafah-crossing']]]);

    filterCalls.length = 0;
    director.show(at(['crossings', 'places'], ['rafah-crossing', 'rafah']));
    expect(filterCalls).toEqual(['places:highlight']); // the crossings' own highlight did not change
    expect(filters.get('places:highlight')).toEqual(['in', ['get', 'id'], ['literal', ['rafah']]]);

    filterCalls.length = 0;
    director.show(at(['gaza'], ['gaza-strip']));
    expect(filterCalls).toEqual(['gaza:highlight']); // the hidden layers fade out with what they showed
    expect(filters.get('crossings:highlight')).toEqual(['in', ['get', 'id'], ['literal', ['rafah-crossing']]]);

    filterCalls.length = 0;
    director.show(at(['crossings'], ['kerem-shalom-crossing']));
    expect(filterCalls).toEqual(['crossings:highlight']);
  });

  test('hidden labels leave the map (visibility none), so they take no room from the labels shown', () => {
    const { map, layout } = standInMap(buildStyle('https://example.test/', 'Natural Earth'));
    const director = createDirector(map, { padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }), reducedMotion: () => true });
    const camera = { center: [34.25, 31.3] as [number, number], zoom: 11, bearing: 0, pitch: 0 };
    director.show({ id: 'x', title: 'x', camera, show: ['places'], highlight: [] });
    expect(layout.get('places:label|visibility')).toBe('visible');
    expect(layout.get('crossings:label|visibility')).toBe('none');
    expect(director.shownLabelLayers()).toEqual(['places:label']);
    director.show({ id: 'y', title: 'y', camera, show: ['crossings'], highlight: [] });
    expect(layout.get('places:label|visibility')).toBe('none');
    expect(director.shownLabelLayers()).toEqual(['crossings:label']);
  });

  test('every story label layer starts hidden in the style, until a chapter shows it', () => {
    const labels = buildStyle('https://example.test/', 'x').layers.filter((l) => l.type === 'symbol' && (l.metadata as Record<string, string> | undefined)?.['story:layer']);
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) expect((l.layout as { visibility?: string }).visibility, l.id).toBe('none');
  });

  test('a call-out near the right edge goes to the left of its point, so its text stays in view; elsewhere to the right', () => {
    const { map, layout, settle } = standInMap(style);
    const director = createDirector(map, { padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }), reducedMotion: () => true });
    const withCallout = (lng: number): MapChapter => ({ ...chapters[0]!, id: `at-${lng}`, annotations: [{ at: [lng, 31.3], text: 'Kerem Shalom: to Israel' }] });
    const anchors = () => layout.get('annotations|text-variable-anchor');
    director.show(withCallout(34.9)); // 1,152 px of 1,280: the text would run off the right edge
    settle();
    expect(anchors()).toEqual(['right', 'left', 'top', 'bottom']);
    director.show(withCallout(34.5)); // 640 px: room on the right
    settle();
    expect(anchors()).toEqual(['left', 'right', 'top', 'bottom']);
  });
});

describe('withLabelRoom: a fit leaves room for the names beside the points at its edges (issue 17)', () => {
  test('adds up to FIT_LABEL_ROOM_PX at the left and right, less on a narrow map, nothing above or below', () => {
    const padding = { top: 32, right: 32, bottom: 100, left: 600 };
    expect(withLabelRoom(padding, 1280)).toEqual({ top: 32, right: 32 + FIT_LABEL_ROOM_PX, bottom: 100, left: 600 + FIT_LABEL_ROOM_PX });
    expect(withLabelRoom(padding, 390)).toEqual({ top: 32, right: 48, bottom: 100, left: 616 });
    expect(withLabelRoom({ top: 0, right: 0, bottom: 0, left: 0 }, 390)).toEqual({ top: 0, right: 16, bottom: 0, left: 16 });
  });
});
