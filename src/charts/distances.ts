/**
 * How far each likely member's capital is from Gaza City, as bars, shortest first.
 * Washington (the force is US-coordinated, P11) and Astana (Kazakhstan joins
 * the Abraham Accords, P12) can be added for comparison; their bars are drawn
 * as outlines so the two groups differ in more than colour.
 *
 * The distances are computed elsewhere (src/geo/figures.ts, with turf);
 * this builder takes them as input and never recomputes or retypes them.
 */
import { max, scaleLinear, type ScaleLinear } from 'd3';
import { el, svgRoot, text, textLines, textSizeFor } from '../util/svg';
import type { ChartOptions, ChartOutput } from './types';
import { estimateWidth, wrapText } from '../util/wrap';
import { fill, ui } from '../model/ui';

export const DEFAULT_DISTANCES_WIDTH = 320;

/** The distance figures this chart reads (ids of src/geo/figures.ts). */
export const DISTANCE_FIGURE_IDS = [
  'distanceCairoKm', 'distanceDohaKm', 'distanceAnkaraKm', 'distanceAbuDhabiKm',
  'distanceWashingtonKm', 'distanceAstanaKm',
] as const;
export type DistanceFigureId = (typeof DISTANCE_FIGURE_IDS)[number];

/** The part of a computed figure this chart needs (a structural subset of `Figure`). */
export interface DistanceFigure {
  value: number;
  /** The value as the story prints it, e.g. "2,180 km". */
  display: string;
  method?: string;
}
export type DistanceFigures = Partial<Record<DistanceFigureId, DistanceFigure>>;

interface Place {
  figure: DistanceFigureId;
  capital: string;
  country: string;
  group: 'member' | 'comparison';
  why: string;
}

const PLACES: readonly Place[] = [
  { figure: 'distanceCairoKm', capital: 'Cairo', country: 'Egypt', group: 'member', why: 'likely member of the force (P11)' },
  { figure: 'distanceDohaKm', capital: 'Doha', country: 'Qatar', group: 'member', why: 'likely member of the force (P11)' },
  { figure: 'distanceAnkaraKm', capital: 'Ankara', country: 'Turkey', group: 'member', why: 'likely member of the force (P11)' },
  { figure: 'distanceAbuDhabiKm', capital: 'Abu Dhabi', country: 'United Arab Emirates', group: 'member', why: 'likely member of the force (P11)' },
  { figure: 'distanceWashingtonKm', capital: 'Washington', country: 'United States', group: 'comparison', why: 'coordinates the force (P11)' },
  { figure: 'distanceAstanaKm', capital: 'Astana', country: 'Kazakhstan', group: 'comparison', why: 'to join the Abraham Accords (P12)' },
];

export interface DistanceRow extends Place {
  value: number;
  display: string;
}

/** The chart's words (src/content/ui/<lang>.json, charts.distances), and its places' names in the language. */
export type DistancesWords = ReturnType<typeof ui>['charts']['distances'] & {
  name: (english: string) => string;
  why: (english: string) => string;
  listSep: string;
};

export interface DistancesOptions extends ChartOptions {
  words?: DistancesWords;
  /** Only the four likely members, or also Washington and Astana. */
  include?: 'members' | 'all';
  /** Where the distances are measured to (figures.ts measures to the centre of Gaza City). */
  destination?: string;
}

/** The rows to draw: the places whose figure is given, shortest distance first. */
export function distanceRows(figures: DistanceFigures, include: 'members' | 'all' = 'all'): DistanceRow[] {
  return PLACES.filter((p) => include === 'all' || p.group === 'member')
    .flatMap((p) => {
      const figure = figures[p.figure];
      return figure ? [{ ...p, value: figure.value, display: figure.display }] : [];
    })
    .sort((a, b) => a.value - b.value || a.capital.localeCompare(b.capital));
}

/** Bar length scale: zero to the longest distance, leaving room for the value label. */
export function distanceScale(rows: readonly DistanceRow[], width: number): ScaleLinear<number, number> {
  const fs = textSizeFor(width);
  const labelRoom = (max(rows, (r) => estimateWidth(r.display, fs)) ?? 0) + fs * 0.5;
  const pad = fs / 2;
  return scaleLinear().domain([0, max(rows, (r) => r.value) ?? 1]).range([0, width - 2 * pad - labelRoom]);
}

export function buildDistances(figures: DistanceFigures, options: DistancesOptions = {}): ChartOutput {
  const width = options.width ?? DEFAULT_DISTANCES_WIDTH;
  const prefix = options.idPrefix ?? 'distances';
  const rows = distanceRows(figures, options.include ?? 'all');
  const words = options.words ?? { ...ui('en').charts.distances, name: (n: string) => n, why: (w: string) => w, listSep: ', ' };
  const destination = words.name(options.destination ?? 'Gaza City');
  if (rows.length === 0) throw new Error('distances chart: none of the distance figures was given');
  const fs = textSizeFor(width);
  const lh = Math.round(fs * 1.25);
  const pad = fs / 2;
  const barHeight = Math.round(fs * 0.9);
  const scale = distanceScale(rows, width);
  const hasComparison = rows.some((r) => r.group === 'comparison');
  const parts: string[] = [];
  let y = 0;

  // Legend: solid bars for members, outlined bars for the others.
  const swatch = fs * 0.8;
  const legend = [{ group: 'member', label: words.legendMember }, ...(hasComparison ? [{ group: 'comparison', label: words.legendOther }] : [])];
  legend.forEach((item) => {
    parts.push(el('g', { class: `dc-legend dc-${item.group}` }, [
      el('rect', { x: pad, y: y + fs * 0.2, width: swatch, height: swatch, ...barPaint(item.group) }),
      text(item.label, { x: pad + swatch + fs * 0.4, y: y + fs }),
    ]));
    y += lh;
  });
  y += fs * 0.5;

  for (const row of rows) {
    const label = wrapText(`${words.name(row.capital)}${words.listSep}${words.name(row.country)}`, width - 2 * pad, fs, row.group === 'member');
    const barY = y + label.length * lh + fs * 0.2;
    const length = Math.max(scale(row.value), 1.5);
    parts.push(el('g', { class: `dc-row dc-${row.group}`, 'data-place': row.capital, 'data-value': row.value }, [
      textLines(label, pad, y + fs, lh, { 'font-weight': row.group === 'member' ? 'bold' : undefined }),
      el('rect', { class: 'dc-bar', x: pad, y: barY, width: length, height: barHeight, ...barPaint(row.group) }),
      text(row.display, { class: 'dc-value', x: pad + length + fs * 0.3, y: barY + barHeight / 2 + fs * 0.35 }),
    ]));
    y = barY + barHeight + fs * 0.6;
  }
  const height = y;

  const title = fill(words.title, { destination });
  const description = fill(words.description, { destination, list: rows.map((r) => `${words.name(r.capital)} ${r.display}`).join(words.listSep) });
  return {
    svg: svgRoot(
      { width, height, titleId: `${prefix}-title`, descId: `${prefix}-desc`, title, description, className: 'chart-svg chart-svg--distances', extra: { fill: 'currentColor' } },
      parts.join(''),
    ),
    title,
    description,
    table: {
      caption: fill(words.tableCaption, { destination }),
      columns: words.columns.map((c) => fill(c, { destination })),
      rows: rows.map((r) => [words.name(r.capital), words.name(r.country), words.why(r.why), r.display]),
    },
  };
}

/** Solid bars for members; outlined bars for comparison capitals. */
function barPaint(group: string): Record<string, string | number> {
  return group === 'member'
    ? { class: 'dc-bar dc-bar--member' }
    : { class: 'dc-bar dc-bar--comparison', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 };
}
