/**
 * The four charts a chapter can carry (CHART_IDS), each with its data, its
 * caption and its source line, in a language: the words from the language's
 * dictionary (src/content/ui/<lang>.json), the data's words from the model
 * (translated in src/content/), the names from the glossary. Right to left,
 * the timeline's time runs right to left and the other charts are mirrored
 * (mirror.ts): the unit chart fills from the right, the distance bars grow
 * from the right. Chart.astro renders them. Builders stay pure: the only
 * input from outside is the computed figures, passed in by the caller.
 */
import type { ChartId, ParagraphId } from '../model/ids';
import { eventsIn } from '../model/timeline-events';
import { STORY_TEXTS } from '../model/credits';
import { LANG_DIR, type Lang } from '../model/lang';
import { figureTextIn, fill, ui } from '../model/ui';
import { nameIn } from '../model/glossary';
import { reportDataIn } from '../model/report-data';
import { listInWords } from '../util/words';
import { buildDistances, DEFAULT_DISTANCES_WIDTH, type DistanceFigures } from './distances';
import { buildForce, DEFAULT_FORCE_WIDTH } from './force';
import { buildPersonnel, DEFAULT_PERSONNEL_WIDTH } from './personnel';
import { buildTimeline } from './timeline';
import { mirrorSvg } from './mirror';
import type { ChartOutput } from './types';

export interface ChartInputs {
  /** Computed figures (getFigures() of src/geo/figures.ts); only the distances chart reads them. */
  figures: DistanceFigures;
  /** Prefix for ids inside the SVG; unique on the page. */
  idPrefix?: string;
  width?: number;
  /** The page's language (English by default). */
  lang?: Lang;
}

export interface RenderedChart extends ChartOutput {
  name: ChartId;
  caption: string;
  /** "Source: …", ready to print under the chart. */
  source: string;
}

/** "P2, P3 and P10", in paragraph order (a language's separators: "P2، P3 وP10"). */
export function citeList(cites: readonly ParagraphId[], sep = ', ', last = ' and '): string {
  const sorted = [...new Set(cites)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return listInWords(sorted, sep, last);
}

function withoutFigure(figures: DistanceFigures, id: keyof DistanceFigures): DistanceFigures {
  const { [id]: _left, ...rest } = figures;
  return rest;
}

export function renderChart(name: ChartId, inputs: ChartInputs): RenderedChart {
  const options = { idPrefix: inputs.idPrefix ?? `chart-${name}`, width: inputs.width };
  const lang = inputs.lang ?? 'en';
  const t = ui(lang);
  const rtl = LANG_DIR[lang] === 'rtl';
  const data = reportDataIn(lang);
  const dated = STORY_TEXTS[lang].report.dated;
  const cited = (cites: readonly ParagraphId[]) => citeList(cites, t.words.listSep, t.words.listLast);
  const mirrored = (chart: ChartOutput, width: number): ChartOutput => (rtl ? { ...chart, svg: mirrorSvg(chart.svg, width) } : chart);
  switch (name) {
    case 'timeline': {
      const events = eventsIn(lang);
      return {
        ...buildTimeline(events, { ...options, text: { ...t.timeline, rtl } }),
        name,
        caption: t.timeline.caption,
        source: fill(t.timeline.source, { dated, cites: cited(events.flatMap((e) => e.cites)) }),
      };
    }
    case 'personnel':
      return {
        ...mirrored(buildPersonnel(data.personnel, { ...options, words: t.charts.personnel }), options.width ?? DEFAULT_PERSONNEL_WIDTH),
        name,
        caption: t.chartText.personnel.caption,
        source: fill(t.chartText.personnel.source, { dated, cites: cited(data.personnel.cites) }),
      };
    case 'force': {
      const words = { ...t.charts.force, listSep: t.words.listSep, listLast: t.words.listLast, taskSep: t.timeline.listSep };
      return {
        ...mirrored(buildForce(data.force, { ...options, words }), options.width ?? DEFAULT_FORCE_WIDTH),
        name,
        caption: t.chartText.force.caption,
        source: fill(t.chartText.force.source, { dated, cites: cited(data.force.cites) }),
      };
    }
    case 'distances': {
      // The force's chapter: its likely members and Washington, which coordinates it; Astana belongs to another chapter.
      const figures: DistanceFigures = Object.fromEntries(Object.entries(withoutFigure(inputs.figures, 'distanceAstanaKm'))
        .map(([id, f]) => [id, f && { ...f, display: figureTextIn(lang, f.display) }]));
      const words = { ...t.charts.distances, name: (n: string) => nameIn(lang, n), why: data.why, listSep: t.words.listSep };
      return {
        ...mirrored(buildDistances(figures, { ...options, words }), options.width ?? DEFAULT_DISTANCES_WIDTH),
        name,
        caption: t.chartText.distances.caption,
        source: fill(t.chartText.distances.source, { dated }),
      };
    }
  }
}
