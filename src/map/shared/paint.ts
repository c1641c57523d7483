/**
 * How a static map paints each story layer: the colours, widths, dashes and
 * draw order of the live map's style (src/map/live/style.ts), so the poster
 * looks like the map that replaces it. Widths are CSS px, as in the style.
 */
import type { LayerId } from '../../model/ids';

/** Colours: the live map's MAP_COLOURS (src/map/live/style.ts). */
export interface MapPalette {
  sea: string; land: string; border: string;
  gaza: string; gazaFill: string; highlight: string;
  members: string; membersFill: string; accords: string; accordsFill: string; neighbours: string;
  label: string; halo: string;
}

/** The live map's order of story layers, bottom to top. */
export { DRAW_ORDER } from '../live/style';

/** Widths and radii in CSS px; dashes in multiples of the width, as MapLibre's line-dasharray. */
export interface Paint { fill?: string; stroke: string; width: number; dash?: [number, number]; radius?: number }

/** Paint of each story layer at a zoom, as style.ts has it (its zoom-interpolated widths included). */
export function layerPaint(layer: LayerId, c: MapPalette, zoom: number): Paint {
  const byZoom = (z0: number, w0: number, z1: number, w1: number) => w0 + (w1 - w0) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  switch (layer) {
    case 'israel-egypt': return { fill: c.neighbours, stroke: c.border, width: 1.5 };
    case 'accords-members': return { fill: c.accordsFill, stroke: c.accords, width: 1.5 };
    case 'force-members': return { fill: c.membersFill, stroke: c.members, width: 1.5 };
    case 'gaza': return { fill: c.gazaFill, stroke: c.gaza, width: byZoom(5, 1, 12, 2.5) };
    case 'rafah-area': return { fill: c.gazaFill, stroke: c.gaza, width: byZoom(5, 1, 12, 2.5), dash: [2, 2] };
    case 'philadelphi': return { stroke: c.highlight, width: byZoom(8, 3, 14, 14), dash: [1, 1] };
    case 'egypt-gaza-border': return { stroke: '#111827', width: byZoom(8, 1.5, 14, 3) };
    case 'arcs': return { stroke: c.members, width: 2, dash: [3, 2] };
    case 'crossings': return { fill: c.gaza, stroke: c.halo, width: 1.5, radius: 6 };
    case 'capitals':
    case 'places': return { fill: c.label, stroke: c.halo, width: 1.5, radius: 4.5 };
  }
}
