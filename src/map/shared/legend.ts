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

import { legend as englishLegend } from '../../content/ui/en.json';

/** What a layer's symbol means, in a few words (the English dictionary; a translation passes its own). */
const LEGEND_TEXT: Partial<Record<LayerId, string>> = englishLegend;

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
export function legendFor(show: readonly LayerId[], palette: MapPalette, text: Partial<Record<LayerId, string>> = LEGEND_TEXT): LegendEntry[] {
  if (!show.some((l) => NEEDS_LEGEND.includes(l))) return [];
  return [...DRAW_ORDER].reverse().filter((l) => show.includes(l) && text[l]).map((layer) => {
    const p = LAYER_PAINT[layer];
    return {
      layer,
      text: text[layer]!,
      kind: p.radius !== undefined ? 'point' : p.fill ? 'area' : 'line',
      ...(p.fill ? { fill: palette[p.fill] } : {}),
      stroke: palette[p.stroke],
      ...(p.dash ? { dash: p.dash } : {}),
    };
  });
}
