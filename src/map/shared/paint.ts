/**
 * One paint table for the live map and the static maps: the colours, the
 * draw order, and each story layer's fill, stroke, width, dash and radius.
 * The live style (map/live/style.ts) turns it into MapLibre paint properties
 * (a width given by zoom becomes an `interpolate` expression); the static
 * maps (map/static/static-map.ts) evaluate it at the view's zoom. So the
 * poster looks like the map that replaces it, and a colour or a width is
 * changed in one place.
 */
import type { LayerId } from '../../model/ids';

/** Colours of the map; chosen for WCAG AA contrast of labels on land and sea. */
export const MAP_COLOURS = {
  sea: '#cfe0ea',
  land: '#f4f1ea',
  landLocal: '#f4f1ea',
  border: '#8a8378',
  frontier: '#111827',
  gaza: '#c2410c',
  gazaFill: '#fcd9bd',
  highlight: '#9a3412',
  members: '#1d4ed8',
  membersFill: '#bfd3f7',
  accords: '#047857',
  accordsFill: '#bde5d3',
  neighbours: '#e8e1d3',
  label: '#1f2328',
  halo: '#ffffff',
  /** Names of seas, in the usual water style (5.9:1 on the sea colour). */
  water: '#29566f',
} as const;

/** A set of map colours (the static maps take one, so a test can pass its own). */
export type MapPalette = Record<Exclude<keyof typeof MAP_COLOURS, 'landLocal'>, string>;
type Colour = keyof MapPalette;

/** The font family the page self-hosts (see src/styles/fonts.css). */
export const MAP_FONT = 'Source Sans';

/** A sea's name is shown at zooms within its label point's [minzoom, maxzoom) (data/hand/places.geojson). */
export const seaShownAt = (p: { minzoom?: unknown; maxzoom?: unknown }, zoom: number) =>
  zoom >= (typeof p.minzoom === 'number' ? p.minzoom : -Infinity) && zoom < (typeof p.maxzoom === 'number' ? p.maxzoom : Infinity);

/** Zoom at which the precise OpenStreetMap outlines replace Natural Earth (live and static). */
export const LOCAL_MINZOOM = 9;

/**
 * Countries are named in capitals, spaced (in ems), as news maps set them
 * apart from towns: the live style's country labels and the static maps'.
 */
export const COUNTRY_LABELS: { layers: ReadonlySet<LayerId>; letterSpacing: number; sizeRatio: number } = {
  layers: new Set<LayerId>(['israel-egypt', 'force-members', 'accords-members']),
  letterSpacing: 0.08,
  /** Smaller than place names (the live style sets them at 12 px beside 14): capitals read large. */
  sizeRatio: 12 / 14,
};

/** The order story layers are drawn in, bottom to top. */
export const DRAW_ORDER: readonly LayerId[] = [
  'israel-egypt', 'accords-members', 'force-members', 'gaza', 'governorates', 'rafah-governorate',
  'philadelphi', 'egypt-gaza-border', 'arcs', 'capitals', 'places', 'crossings',
];

/** A width in CSS px: fixed, or linear in zoom from [zoom, width] to [zoom, width] (clamped outside). */
export type Width = number | readonly [z0: number, w0: number, z1: number, w1: number];

export interface LayerPaintSpec {
  fill?: Colour;
  stroke: Colour;
  width: Width;
  /** Dashes in multiples of the width, as MapLibre's line-dasharray. */
  dash?: readonly [number, number];
  /** Radius of a point's circle, CSS px. */
  radius?: number;
}

/** How each story layer is painted. */
export const LAYER_PAINT: Record<LayerId, LayerPaintSpec> = {
  'israel-egypt': { fill: 'neighbours', stroke: 'border', width: 1.5 },
  'accords-members': { fill: 'accordsFill', stroke: 'accords', width: 1.5 },
  'force-members': { fill: 'membersFill', stroke: 'members', width: 1.5 },
  gaza: { fill: 'gazaFill', stroke: 'gaza', width: [5, 1, 12, 2.5] },
  // Quiet inner boundaries: thin, in the Gaza colour, no fill.
  governorates: { stroke: 'gaza', width: [8, 0.5, 12, 1] },
  'rafah-governorate': { fill: 'gazaFill', stroke: 'highlight', width: [5, 1.5, 12, 3] },
  philadelphi: { stroke: 'highlight', width: [8, 3, 14, 14], dash: [1, 1] },
  'egypt-gaza-border': { stroke: 'frontier', width: [8, 1.5, 14, 3] },
  arcs: { stroke: 'members', width: 2, dash: [3, 2] },
  crossings: { fill: 'gaza', stroke: 'halo', width: 1.5, radius: 6 },
  capitals: { fill: 'label', stroke: 'halo', width: 1.5, radius: 4.5 },
  places: { fill: 'label', stroke: 'halo', width: 1.5, radius: 4.5 },
};

/** A width at a zoom. */
export function widthAt(width: Width, zoom: number): number {
  if (typeof width === 'number') return width;
  const [z0, w0, z1, w1] = width;
  return w0 + (w1 - w0) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
}

/** Paint of a story layer resolved for a static map: colours from the palette, width at the zoom. */
export interface Paint { fill?: string; stroke: string; width: number; dash?: [number, number]; radius?: number }

export function layerPaint(layer: LayerId, palette: MapPalette, zoom: number): Paint {
  const spec = LAYER_PAINT[layer];
  return {
    ...(spec.fill ? { fill: palette[spec.fill] } : {}),
    stroke: palette[spec.stroke],
    width: widthAt(spec.width, zoom),
    ...(spec.dash ? { dash: [...spec.dash] as [number, number] } : {}),
    ...(spec.radius !== undefined ? { radius: spec.radius } : {}),
  };
}
