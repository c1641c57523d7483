/**
 * The offline MapLibre style: every source is a GeoJSON file of this site
 * (/data/layers/<source>.geojson), there is no glyph server (MapLibre 6 draws
 * labels with the page's self-hosted font when `glyphs` is left out) and no
 * sprite. Each story layer (catalog LAYER_IDS) becomes one or more style
 * layers tagged with `metadata['story:layer']`, hidden (opacity 0) until a
 * chapter shows it; see director.ts for how chapters switch them.
 */
import type {
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER_FEATURES, SOURCE_IDS, type LayerId, type SourceId } from '../../model/ids';
import { COUNTRY_LABELS, DRAW_ORDER, LAYER_PAINT, LOCAL_MINZOOM, MAP_COLOURS, MAP_FONT, type Width } from '../shared/paint';
import { CALLOUT_ANCHORS, CALLOUT_TEXT } from '../shared/frame';


/** A paint table width as MapLibre wants it: a number, or linear in zoom. */
const lineWidth = (width: Width) =>
  (typeof width === 'number' ? width : ['interpolate', ['linear'], ['zoom'], width[0], width[1], width[2], width[3]]) as number;
const colour = (layer: LayerId, key: 'fill' | 'stroke') => MAP_COLOURS[LAYER_PAINT[layer][key]!];

/** The GeoJSON sources the map loads (written by src/pages/data/layers/). */
export const MAP_SOURCES = SOURCE_IDS;
export type MapSource = SourceId;

export const sourceUrl = (base: string, source: MapSource) =>
  new URL(`data/layers/${source}.geojson`, base).href;

/** Style layers whose opacity a chapter controls, by the paint property that does it. */
export const OPACITY_PAINT = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity'],
} as const;
export type FadeableType = keyof typeof OPACITY_PAINT;


const byIds = (ids: readonly string[]): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...ids]],
];
const layerFilter = (layer: LayerId) => byIds(LAYER_FEATURES[layer]);
/** Polygons are labelled at one point each (kind "label" in the points source). */
const labelFilter = (layer: LayerId): FilterSpecification => [
  'all',
  ['==', ['get', 'kind'], 'label'],
  ['in', ['get', 'for'], ['literal', [...LAYER_FEATURES[layer]]]],
];

/** A label's text: its name, and "(approximate)" for approximate geometry (labelText below, as a style expression). */
export const labelTextOf = (p: { name?: unknown; approximate?: unknown }) =>
  p.approximate === true ? `${String(p.name)} (approximate)` : String(p.name);

/** A label that says "(approximate)" for approximate geometry. */
const labelText = [
  'case',
  ['==', ['get', 'approximate'], true],
  ['concat', ['get', 'name'], ' (approximate)'],
  ['get', 'name'],
] as unknown as string;

const labelLayout = (size: number) => ({
  // Hidden until a chapter shows the layer (director.ts): hidden labels take no room.
  visibility: 'none' as const,
  'text-field': labelText,
  'text-font': [MAP_FONT],
  'text-size': size,
  'text-optional': true,
  'text-max-width': 9,
});
/**
 * A point's label (towns, capitals, crossings): beside its dot, on whichever
 * side is free, so that neighbours (a capital inside its country's name, a
 * town next to a crossing) are all named rather than one crowding out another.
 */
const pointLabelLayout = (size: number) => ({
  ...labelLayout(size),
  'text-variable-anchor': ['top', 'bottom', 'right', 'left', 'top-right', 'bottom-right', 'top-left', 'bottom-left'] as ('top' | 'bottom' | 'right' | 'left' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left')[],
  'text-radial-offset': 0.7,
  'text-justify': 'auto' as const,
});

/**
 * An area's label (countries, the Gaza Strip, a governorate): centred on its
 * label point when there is room, else moved off it; countries in capitals,
 * spaced, as news maps set them apart from towns.
 */
const areaLabelLayout = (size: number, country: boolean) => ({
  ...labelLayout(size),
  'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'] as ('center' | 'top' | 'bottom' | 'left' | 'right')[],
  'text-radial-offset': 1.2,
  ...(country ? { 'text-transform': 'uppercase' as const, 'text-letter-spacing': COUNTRY_LABELS.letterSpacing } : {}),
});

const labelPaint = {
  'text-color': MAP_COLOURS.label,
  'text-halo-color': MAP_COLOURS.halo,
  'text-halo-width': 1.5,
  'text-opacity': 0,
};

const dashOf = (layer: LayerId) => {
  const dash = LAYER_PAINT[layer].dash;
  return dash ? { 'line-dasharray': [...dash] } : {};
};

const meta = (layer: LayerId, role: 'base' | 'highlight' = 'base') => ({
  'story:layer': layer,
  'story:role': role,
});

/** The style layers of one story layer (hidden until a chapter shows it). */
function storyLayers(layer: LayerId): LayerSpecification[] {
  const filter = layerFilter(layer);
  switch (layer) {
    case 'israel-egypt':
    case 'force-members':
    case 'accords-members': {
      const [line, fill] = [colour(layer, 'stroke'), colour(layer, 'fill')];
      return [
        { id: `${layer}:fill`, type: 'fill', source: 'world', filter, maxzoom: LOCAL_MINZOOM + 1,
          metadata: meta(layer), paint: { 'fill-color': fill, 'fill-opacity': 0 } },
        { id: `${layer}:line`, type: 'line', source: 'world', filter, maxzoom: LOCAL_MINZOOM + 1,
          metadata: meta(layer), paint: { 'line-color': line, 'line-width': lineWidth(LAYER_PAINT[layer].width), 'line-opacity': 0 } },
        { id: `${layer}:label`, type: 'symbol', source: 'points', filter: labelFilter(layer),
          metadata: meta(layer), layout: areaLabelLayout(12, COUNTRY_LABELS.layers.has(layer)),
          paint: { ...labelPaint } },
      ];
    }
    case 'gaza':
    case 'rafah-governorate':
      return [
        { id: `${layer}:fill`, type: 'fill', source: 'local', filter, metadata: meta(layer),
          paint: { 'fill-color': colour(layer, 'fill'), 'fill-opacity': 0 } },
        { id: `${layer}:line`, type: 'line', source: 'local', filter, metadata: meta(layer),
          paint: {
            'line-color': colour(layer, 'stroke'),
            'line-width': lineWidth(LAYER_PAINT[layer].width),
            'line-opacity': 0,
            ...dashOf(layer),
          } },
        { id: `${layer}:label`, type: 'symbol', source: 'points', filter: labelFilter(layer), minzoom: layer === 'gaza' ? 0 : 8,
          metadata: meta(layer), layout: areaLabelLayout(14, false),
          paint: { ...labelPaint } },
      ];
    case 'governorates':
      // Boundaries only: the towns name the governorates' seats.
      return [
        { id: `${layer}:line`, type: 'line', source: 'local', filter, metadata: meta(layer),
          paint: { 'line-color': colour(layer, 'stroke'), 'line-width': lineWidth(LAYER_PAINT[layer].width), 'line-opacity': 0 } },
      ];
    case 'egypt-gaza-border':
    case 'philadelphi':
      return [
        { id: `${layer}:line`, type: 'line', source: 'lines', filter, metadata: meta(layer),
          layout: { 'line-cap': 'round' },
          paint: { 'line-color': colour(layer, 'stroke'), 'line-width': lineWidth(LAYER_PAINT[layer].width), 'line-opacity': 0, ...dashOf(layer) } },
        layer === 'egypt-gaza-border'
          // The border's name runs along it, on the Egypt side.
          ? { id: `${layer}:label`, type: 'symbol', source: 'lines', filter, metadata: meta(layer),
            layout: { ...labelLayout(13), 'symbol-placement': 'line', 'symbol-spacing': 120, 'text-max-angle': 80,
              'text-offset': [0, 1.1], 'text-padding': 1 },
            paint: { ...labelPaint } }
          // The corridor's long name ("Philadelphi corridor (approximate)") finds no room along the
          // line between the crossings' names at its chapter's zoom: it goes beside the corridor's
          // midpoint, on the Gaza side where there is room, wrapped (geo/layers.ts lineLabelPoint).
          : { id: `${layer}:label`, type: 'symbol', source: 'points', filter: labelFilter(layer), metadata: meta(layer),
            layout: { ...labelLayout(13), 'text-max-width': 8, 'text-variable-anchor': ['left', 'top-left', 'bottom-left', 'right', 'top-right', 'bottom-right'], 'text-radial-offset': 1.5, 'text-justify': 'auto' },
            paint: { ...labelPaint } },
      ];
    case 'crossings':
    case 'places':
    case 'capitals':
      return [
        { id: `${layer}:point`, type: 'circle', source: 'points', filter, metadata: meta(layer),
          paint: {
            'circle-radius': LAYER_PAINT[layer].radius!,
            'circle-color': colour(layer, 'fill'),
            'circle-stroke-color': colour(layer, 'stroke'),
            'circle-stroke-width': lineWidth(LAYER_PAINT[layer].width),
            'circle-opacity': 0,
            'circle-stroke-opacity': 0,
          } },
        { id: `${layer}:label`, type: 'symbol', source: 'points', filter, metadata: meta(layer),
          layout: pointLabelLayout(14), paint: { ...labelPaint } },
      ];
    case 'arcs':
      return [
        { id: `${layer}:line`, type: 'line', source: 'arcs', filter, metadata: meta(layer),
          layout: { 'line-cap': 'round' },
          paint: { 'line-color': colour(layer, 'stroke'), 'line-width': lineWidth(LAYER_PAINT[layer].width), 'line-opacity': 0, ...dashOf(layer) } },
      ];
  }
}

/** Emphasis drawn over a layer for the chapter's highlighted features. */
function highlightLayers(layer: LayerId): LayerSpecification[] {
  const none: FilterSpecification = byIds([]);
  const source = sourceOfLayer(layer);
  if (source === 'points') {
    return [{ id: `${layer}:highlight`, type: 'circle', source, filter: none, metadata: meta(layer, 'highlight'),
      paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': MAP_COLOURS.highlight,
        'circle-stroke-width': 3, 'circle-opacity': 0, 'circle-stroke-opacity': 0 } }];
  }
  return [{ id: `${layer}:highlight`, type: 'line', source, filter: none, metadata: meta(layer, 'highlight'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': MAP_COLOURS.highlight, 'line-width': 4, 'line-opacity': 0 } }];
}

export function sourceOfLayer(layer: LayerId): MapSource {
  switch (layer) {
    case 'gaza':
    case 'governorates':
    case 'rafah-governorate':
      return 'local';
    case 'egypt-gaza-border':
    case 'philadelphi':
      return 'lines';
    case 'crossings':
    case 'places':
    case 'capitals':
      return 'points';
    case 'arcs':
      return 'arcs';
    default:
      return 'world';
  }
}


/**
 * Story layers' labels, lowest priority first (the last is placed first):
 * the draw order, with towns and capitals moved after the crossings.
 * Derived, so a new layer cannot be left without its labels.
 */
const PLACED_FIRST: readonly LayerId[] = ['philadelphi', 'capitals', 'places'];
const LABEL_PRIORITY: readonly LayerId[] = [...DRAW_ORDER.filter((l) => !PLACED_FIRST.includes(l)), ...PLACED_FIRST];

export function buildStyle(base: string, attribution: string): StyleSpecification {
  const geojson = (source: MapSource) => ({
    type: 'geojson' as const,
    data: sourceUrl(base, source),
    ...(source === 'world' ? { attribution } : {}),
  });
  const storyFills = DRAW_ORDER.flatMap((l) => storyLayers(l).filter((s) => s.type === 'fill'));
  const storyRest = DRAW_ORDER.flatMap((l) => [
    ...storyLayers(l).filter((s) => s.type !== 'fill' && s.type !== 'symbol'),
    ...highlightLayers(l),
  ]);
  // MapLibre places the labels of upper layers first, so the label order is
  // the order of priority: towns and capitals over crossings, points over areas.
  const storyLabels = LABEL_PRIORITY.flatMap((l) => storyLayers(l).filter((s) => s.type === 'symbol'));
  return {
    version: 8,
    name: 'Rafah story (offline)',
    sources: {
      ...Object.fromEntries(MAP_SOURCES.map((s) => [s, geojson(s)])),
      // The chapter's call-outs (from its file): the director replaces them at each chapter.
      annotations: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': MAP_COLOURS.sea } },
      { id: 'land', type: 'fill', source: 'world', paint: { 'fill-color': MAP_COLOURS.land } },
      { id: 'land-local', type: 'fill', source: 'local', minzoom: LOCAL_MINZOOM,
        filter: byIds(['egypt-local', 'israel-local', 'gaza-strip']),
        paint: { 'fill-color': MAP_COLOURS.landLocal } },
      ...storyFills,
      { id: 'borders', type: 'line', source: 'world', maxzoom: LOCAL_MINZOOM,
        paint: { 'line-color': MAP_COLOURS.border, 'line-width': 0.8 } },
      { id: 'borders-local', type: 'line', source: 'local', minzoom: LOCAL_MINZOOM,
        filter: byIds(['egypt-local', 'israel-local']),
        paint: { 'line-color': MAP_COLOURS.border, 'line-width': 1 } },
      ...storyRest,
      // Seas are named on every view, in the water style, each name at the zooms its point is for.
      { id: 'sea-labels', type: 'symbol', source: 'points',
        filter: ['all', ['==', ['get', 'kind'], 'sea'],
          ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], -1]], ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 99]]],
        layout: { 'text-field': labelText, 'text-font': [MAP_FONT], 'text-size': 13, 'text-letter-spacing': 0.12, 'text-max-width': 6, 'text-optional': true },
        paint: { 'text-color': MAP_COLOURS.water, 'text-halo-color': MAP_COLOURS.sea, 'text-halo-width': 1 } },
      ...storyLabels,
      // Call-outs last: they are what the chapter points at, so they are placed first.
      // The order of its sides changes with where the point is in view (director.ts placeCallouts).
      { id: 'annotations', type: 'symbol', source: 'annotations',
        layout: { 'text-field': labelText, 'text-font': [MAP_FONT], 'text-size': CALLOUT_TEXT.size, 'text-max-width': CALLOUT_TEXT.maxWidthEm,
          'text-variable-anchor': [...CALLOUT_ANCHORS], 'text-radial-offset': CALLOUT_TEXT.offsetEm, 'text-justify': 'auto' },
        paint: { 'text-color': MAP_COLOURS.highlight, 'text-halo-color': MAP_COLOURS.halo, 'text-halo-width': 2 } },
    ],
  };
}

/**
 * The labels in another language (the Arabic pages): each name looked up in
 * the page's table of names (from the glossary, written at build time),
 * falling back to the data's own; "(approximate)" in that language; the
 * language's face first in the font stack (MapLibre 6 shapes Arabic itself).
 */
export interface LabelLanguage {
  /** English name → name in the page's language. */
  names: Readonly<Record<string, string>>;
  /**
   * What follows an approximate feature's name ("، تقريبي"): not in
   * parentheses, which MapLibre does not mirror in right-to-left text (it
   * drew ")تقريبي(").
   */
  approximate: string;
  /** The face that draws the language, before the story's own. */
  font: string;
}

/** A label's text in a language, as the style draws it (for the stage's data-labels). */
export const localLabelTextOf = (p: { name?: unknown; approximate?: unknown }, language: LabelLanguage) => {
  const name = language.names[String(p.name)] ?? String(p.name);
  return p.approximate === true ? `${name}${language.approximate}` : name;
};

/** The style with its labels in `language` (a new style; the English one is unchanged). */
export function localiseLabels(style: StyleSpecification, language: LabelLanguage): StyleSpecification {
  const name = ['coalesce', ['get', ['get', 'name'], ['literal', language.names]], ['get', 'name']];
  const text = ['case', ['==', ['get', 'approximate'], true], ['concat', name, language.approximate], name];
  return {
    ...style,
    layers: style.layers.map((layer) =>
      layer.type === 'symbol'
        ? { ...layer, layout: { ...layer.layout, 'text-field': text as unknown as string, 'text-font': [language.font, MAP_FONT] } }
        : layer),
  };
}
