/**
 * The four charts a chapter can carry (CHART_IDS), each with its data, its
 * caption and its source line. Chart.astro renders them; the handout and the
 * slides can use the same entries. Builders stay pure: the only input from
 * outside is the computed figures, passed in by the caller.
 */
import type { ChartId, ParagraphId } from '../model/ids';
import { EVENTS, eventsIn } from '../model/timeline-events';
import { REPORT, STORY_TEXTS } from '../model/credits';
import { LANG_DIR, type Lang } from '../model/lang';
import { fill, ui } from '../model/ui';
import { listInWords } from '../util/words';
import { buildDistances, type DistanceFigures } from './distances';
import { buildForce } from './force';
import { buildPersonnel } from './personnel';
import { HAMAS_PERSONNEL, INTERNATIONAL_FORCE } from '../model/report-data';
import { buildTimeline } from './timeline';
import type { ChartOutput } from './types';

export interface ChartInputs {
  /** Computed figures (getFigures() of src/geo/figures.ts); only the distances chart reads them. */
  figures: DistanceFigures;
  /** Prefix for ids inside the SVG; unique on the page. */
  idPrefix?: string;
  width?: number;
  /** The page's language: the timeline is drawn in it (and right to left in Arabic); the other charts are English so far. */
  lang?: Lang;
}

/** Which charts are drawn in a translation's words (the others are English on every page, and marked so). */
export const TRANSLATED_CHARTS: readonly ChartId[] = ['timeline'];

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

const REPORT_NAME = `report of ${REPORT.dated}`;

function withoutFigure(figures: DistanceFigures, id: keyof DistanceFigures): DistanceFigures {
  const { [id]: _left, ...rest } = figures;
  return rest;
}

export function renderChart(name: ChartId, inputs: ChartInputs): RenderedChart {
  const options = { idPrefix: inputs.idPrefix ?? `chart-${name}`, width: inputs.width };
  const lang = inputs.lang ?? 'en';
  if (name === 'timeline' && lang !== 'en') {
    const t = ui(lang);
    const events = eventsIn(lang);
    const cites = [...new Set(events.flatMap((e) => e.cites))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    return {
      ...buildTimeline(events, { ...options, text: { ...t.timeline, rtl: LANG_DIR[lang] === 'rtl' } }),
      name,
      caption: t.timeline.caption,
      source: fill(t.timeline.source, { dated: STORY_TEXTS[lang].report.dated, cites: listInWords(cites, t.words.listSep, t.words.listLast) }),
    };
  }
  switch (name) {
    case 'timeline':
      return {
        ...buildTimeline(EVENTS, options),
        name,
        caption: 'What happened when, as reported. A bar marks a span of unknown dates; events the report does not date are listed under the axis, not placed on it.',
        source: `Source: ${REPORT_NAME}, ${citeList(EVENTS.flatMap((e) => e.cites))}.`,
      };
    case 'personnel':
      return {
        ...buildPersonnel(HAMAS_PERSONNEL, options),
        name,
        caption: 'The number of Hamas personnel the plan involves, as stated by Steve Witkoff. It is an approximate figure.',
        source: `Source: ${REPORT_NAME}, ${citeList(HAMAS_PERSONNEL.cites)}.`,
      };
    case 'force':
      return {
        ...buildForce(INTERNATIONAL_FORCE, options),
        name,
        caption: 'Who may take part in the international force, and what the force as a whole is to do.',
        source: `Source: ${REPORT_NAME}, ${citeList(INTERNATIONAL_FORCE.cites)}.`,
      };
    case 'distances':
      return {
        // The force's chapter: its likely members and Washington, which coordinates it; Astana belongs to another chapter.
        ...buildDistances(withoutFigure(inputs.figures, 'distanceAstanaKm'), options),
        name,
        caption: 'How far the capitals of the likely members of the force, and Washington, which coordinates it, are from Gaza City.',
        source: `Source: countries from the ${REPORT_NAME}, P11 and P12; great-circle distances computed from published coordinates (see Data and methods).`,
      };
  }
}
