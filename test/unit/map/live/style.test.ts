import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_IDS } from '../../../../src/model/ids';
import { OPACITY_PAINT, buildStyle } from '../../../../src/map/live/style';

const style = buildStyle('https://example.test/story/', 'Natural Earth');

describe('offline map style', () => {
  test('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  test('loads only the site’s own GeoJSON files, with no glyph server or sprite', () => {
    for (const [id, source] of Object.entries(style.sources)) {
      expect(source.type).toBe('geojson');
      // The chapters' call-outs come inline from the page (the director sets them): nothing is fetched for them.
      if (id === 'annotations') expect((source as { data: unknown }).data).toEqual({ type: 'FeatureCollection', features: [] });
      else expect(String((source as { data: string }).data)).toMatch(/^https:\/\/example\.test\/story\/data\/layers\/[a-z]+\.geojson$/);
    }
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  test('draws every story layer, hidden until a chapter shows it', () => {
    for (const id of LAYER_IDS) {
      const layers = style.layers.filter((l) => (l.metadata as Record<string, string> | undefined)?.['story:layer'] === id);
      expect(layers.length, id).toBeGreaterThan(0);
      for (const l of layers) {
        const props = OPACITY_PAINT[l.type as keyof typeof OPACITY_PAINT];
        expect(props, `${l.id} has no opacity property in the table`).toBeDefined();
        for (const p of props) expect((l.paint as Record<string, unknown>)[p], `${l.id} ${p}`).toBe(0);
      }
    }
  });

  test('labels use the self-hosted font and mark approximate features', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const l of symbols) {
      const layout = l.layout as Record<string, unknown>;
      expect(layout['text-font']).toEqual(['Source Sans']);
      expect(JSON.stringify(layout['text-field'])).toContain('(approximate)');
    }
  });
});
