/**
 * The map's legend: what each symbol of a chapter's map means, from the one
 * paint table, so the key always matches the map. The live stage shows it
 * beside the map (map/live/director.ts) and the static maps carry it in a
 * corner (map/static/legend.ts). Only maps whose symbols need explaining get
 * one: the force's members, capitals and lines, the Abraham Accords, and
 * the approximate corridor.
 */
import type { LayerId } from '../../model/ids';
import { DRAW_ORDER, LAYER_PAINT, type MapPalette } from './paint';

/** What a layer's symbol means, in a few words. */
export const LEGEND_TEXT: Partial<Record<LayerId, string>> = {
  'force-members': 'Likely member of the force',
  'accords-members': 'Abraham Accords country',
  capitals: 'Capital',
  arcs: 'Straight line to Gaza City',
  'rafah-governorate': 'Rafah governorate',
  governorates: 'Governorate boundary',
  'egypt-gaza-border': 'Egypt–Gaza border',
  philadelphi: 'Philadelphi corridor (approximate)',
  crossings: 'Crossing (dashed: approximate)',
};

/** A map gets a legend when it shows one of these. */
const NEEDS_LEGEND: readonly LayerId[] = ['force-members', 'accords-members', 'arcs', 'philadelphi'];

export interface LegendEntry {
  layer: LayerId;
  text: string;
  kind: 'area' | 'line' | 'point';
  fill?: string;
  stroke: string;
  dash?: readonly [number, number];
}

/** The legend of a map showing these layers, topmost symbol first; empty when the map needs none. */
export function legendFor(show: readonly LayerId[], palette: MapPalette): LegendEntry[] {
  if (!show.some((l) => NEEDS_LEGEND.includes(l))) return [];
  return [...DRAW_ORDER].reverse().filter((l) => show.includes(l) && LEGEND_TEXT[l]).map((layer) => {
    const p = LAYER_PAINT[layer];
    return {
      layer,
      text: LEGEND_TEXT[layer]!,
      kind: p.radius !== undefined ? 'point' : p.fill ? 'area' : 'line',
      ...(p.fill ? { fill: palette[p.fill] } : {}),
      stroke: palette[p.stroke],
      ...(p.dash ? { dash: p.dash } : {}),
    };
  });
}
