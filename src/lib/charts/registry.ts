/**
 * The four charts a chapter can carry (CHART_IDS), each with its data, its
 * caption and its source line. Chart.astro renders them; the handout and the
 * slides can use the same entries. Builders stay pure: the only input from
 * outside is the computed figures, passed in by the caller.
 */
import type { ChartId, ParagraphId } from '../geo/catalog';
import { EVENTS } from '../story/events';
import { buildDistances, type DistanceFigures } from './distances';
import { buildForce } from './force';
import { buildPersonnel } from './personnel';
import { HAMAS_PERSONNEL, INTERNATIONAL_FORCE } from './report-data';
import { buildTimeline } from './timeline';
import type { ChartOutput } from './types';

export interface ChartInputs {
  /** Computed figures (getFigures() of src/lib/geo/figures.ts); only the distances chart reads them. */
  figures: DistanceFigures;
  /** Prefix for ids inside the SVG; unique on the page. */
  idPrefix?: string;
  width?: number;
}

export interface RenderedChart extends ChartOutput {
  name: ChartId;
  caption: string;
  /** "Source: …", ready to print under the chart. */
  source: string;
}

/** "P2, P3 and P10", in paragraph order. */
export function citeList(cites: readonly ParagraphId[]): string {
  const sorted = [...new Set(cites)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return sorted.length > 1 ? `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}` : (sorted[0] ?? '');
}

const REPORT = 'report of 6–7 November 2025';

export function renderChart(name: ChartId, inputs: ChartInputs): RenderedChart {
  const options = { idPrefix: inputs.idPrefix ?? `chart-${name}`, width: inputs.width };
  switch (name) {
    case 'timeline':
      return {
        ...buildTimeline(EVENTS, options),
        name,
        caption: 'What happened when, as reported. Boxes mark dates the report gives only as a month, a span or a deadline.',
        source: `Source: ${REPORT}, ${citeList(EVENTS.flatMap((e) => e.cites))}.`,
      };
    case 'personnel':
      return {
        ...buildPersonnel(HAMAS_PERSONNEL, options),
        name,
        caption: 'The number of Hamas personnel the plan involves, as stated by Steve Witkoff. It is an approximate figure.',
        source: `Source: ${REPORT}, ${citeList(HAMAS_PERSONNEL.cites)}.`,
      };
    case 'force':
      return {
        ...buildForce(INTERNATIONAL_FORCE, options),
        name,
        caption: 'Who may take part in the international force, and what the force as a whole is to do.',
        source: `Source: ${REPORT}, ${citeList(INTERNATIONAL_FORCE.cites)}.`,
      };
    case 'distances':
      return {
        ...buildDistances(inputs.figures, options),
        name,
        caption: 'How far the capitals of the likely members of the force, and of the United States and Kazakhstan, are from Gaza City.',
        source: `Source: countries from the ${REPORT}, P11 and P12; great-circle distances computed from published coordinates (see Data and methods).`,
      };
  }
}
