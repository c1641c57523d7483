/**
 * "About 200" as a unit chart: one dot per person, in rows. The number is an
 * estimate, so the last row is drawn pale inside a dashed outline and the
 * label says "approximate": the chart must not look like a head count.
 */
import { el, svgRoot, textLines, textSizeFor } from '../util/svg';
import type { ApproximateCount } from '../model/report-data';
import type { ChartOptions, ChartOutput } from './types';
import { wrapText } from '../util/wrap';
import { fill, ui } from '../model/ui';

/** The chart's words (src/content/ui/<lang>.json, charts.personnel); English by default. */
export type PersonnelWords = ReturnType<typeof ui>['charts']['personnel'];

export const DEFAULT_PERSONNEL_WIDTH = 320;

export interface PersonnelOptions extends ChartOptions {
  /** Dots per row (20 gives 10 rows for 200). */
  columns?: number;
  words?: PersonnelWords;
}

/** Grid position of every unit, and whether it falls in the approximate (last) row. */
export function unitGrid(count: number, columns: number): { index: number; row: number; column: number; approximate: boolean }[] {
  const rows = Math.ceil(count / columns);
  return Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / columns);
    return { index, row, column: index % columns, approximate: row === rows - 1 };
  });
}

export function buildPersonnel(figure: ApproximateCount, options: PersonnelOptions = {}): ChartOutput {
  const width = options.width ?? DEFAULT_PERSONNEL_WIDTH;
  const prefix = options.idPrefix ?? 'personnel';
  const columns = options.columns ?? 20;
  const words = options.words ?? ui('en').charts.personnel;
  const fs = textSizeFor(width);
  const lineHeight = Math.round(fs * 1.25);
  const pad = fs / 2;
  const cell = (width - 2 * pad) / columns;
  const radius = cell * 0.36;

  const labelLines = wrapText(figure.label, width - 2 * pad, fs, true);
  const gridTop = labelLines.length * lineHeight + fs * 0.5;
  const units = unitGrid(Math.round(figure.value), columns);
  const rows = Math.ceil(units.length / columns);
  const dot = (u: (typeof units)[number]) =>
    el('circle', { cx: pad + (u.column + 0.5) * cell, cy: gridTop + (u.row + 0.5) * cell, r: radius });
  const exact = units.filter((u) => !u.approximate);
  const approximate = units.filter((u) => u.approximate);

  // The outline around the pale row makes "approximate" visible without colour.
  const lastRowTop = gridTop + (rows - 1) * cell;
  const outline = el('rect', {
    class: 'pc-approx-outline', x: pad / 2, y: lastRowTop, width: width - pad, height: cell, rx: cell / 2,
    fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5, 'stroke-dasharray': '4 3',
  });
  const gridBottom = gridTop + rows * cell;
  const legend = [
    words.eachDot,
    ...wrapText(words.paleDots, width - 2 * pad, fs),
  ];

  const body = [
    textLines(labelLines, pad, fs, lineHeight, { class: 'pc-label', 'font-weight': 'bold' }),
    el('g', { class: 'pc-units', 'data-units': exact.length }, exact.map(dot)),
    el('g', { class: 'pc-units pc-units--approx', 'data-units': approximate.length, 'data-approximate': true, 'fill-opacity': 0.4 }, approximate.map(dot)),
    outline,
    textLines(legend, pad, gridBottom + fs * 1.5, lineHeight, { class: 'pc-legend' }),
  ].join('');
  const height = gridBottom + fs * 1.5 + (legend.length - 1) * lineHeight + fs * 0.6;

  const title = fill(words.title, { value: figure.value, what: figure.what });
  const description = fill(words.description, {
    units: units.length, rows, columns, who: figure.who, value: figure.value, date: figure.date,
    // "Steve Witkoff, US Special Envoy …, gave": a title in apposition is closed by a comma.
    comma: figure.who.includes(',') ? ',' : figure.who.includes('،') ? '،' : '',
  });
  return {
    svg: svgRoot(
      { width, height, titleId: `${prefix}-title`, descId: `${prefix}-desc`, title, description, className: 'chart-svg chart-svg--personnel', extra: { fill: 'currentColor' } },
      body,
    ),
    title,
    description,
    table: {
      caption: words.tableCaption,
      columns: words.columns,
      rows: [[figure.what, fill(words.approx, { value: figure.value }), figure.who, figure.date, figure.cites.join(', ')]],
    },
  };
}

