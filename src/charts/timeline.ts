/**
 * The timeline: every event of the report, one row per event so that the
 * three statements of 6 November do not hide each other. How exactly the
 * report dates an event decides how it is drawn, so that the chart never
 * claims more precision than the report:
 * - a day: a dot on the time axis;
 * - a span of unknown dates between two known days: a pale bar, no dots;
 * - no day (a month without a year, an undated remark): no mark on the axis
 *   at all; the event is listed under "Not dated in the report" with what
 *   the report does say.
 */
import { scaleUtc, timeFormatLocale, utcMonth, utcMonths, type ScaleTime } from 'd3';
import { ui } from '../model/ui';
import { isDated, utcDay, type DatedEvent, type StoryEvent } from '../model/timeline-events';
import { attrs, el, escapeText, svgRoot, text, textSizeFor } from '../util/svg';
import type { ChartOptions, ChartOutput } from './types';
import { estimateWidth, wrapText } from '../util/wrap';

export const DEFAULT_TIMELINE_WIDTH = 320;

/**
 * The chart's words in a translation (src/content/ui/<lang>.json, timeline),
 * and its direction: right to left, time runs from right to left too.
 */
export interface TimelineText {
  title: string;
  undated: string;
  tableCaption: string;
  columns: readonly string[];
  /** "… from {from} to {to}; …" and " {heading} …: {list}." ({list} joined by listSep) */
  description: string;
  undatedDescription: string;
  months: readonly string[];
  shortMonths: readonly string[];
  listSep: string;
  rtl?: boolean;
}

/** The English words (src/content/ui/en.json): the chart's default. */
const ENGLISH: TimelineText = ui('en').timeline;

/** Dates as words, with the language's month names (only months and days are used). */
function dateFormats(text: Pick<TimelineText, 'months' | 'shortMonths'>) {
  const format = timeFormatLocale({
    dateTime: '%x %X', date: '%-d %B %Y', time: '%H:%M', periods: ['', ''],
    days: ['', '', '', '', '', '', ''], shortDays: ['', '', '', '', '', '', ''],
    months: text.months as never, shortMonths: text.shortMonths as never,
  }).utcFormat;
  return {
    day: format('%-d %b %Y'),
    dayMonth: format('%-d %b'),
    monthYear: format('%B %Y'),
    longDay: format('%-d %B %Y'),
    shortMonth: format('%b'),
  };
}
const ENGLISH_DATES = dateFormats(ENGLISH);

/** The heading of the undated group, in the chart and its description. */
export const UNDATED_HEADING = ENGLISH.undated;

/** The event's dates as words, saying how exact they are. */
export function formatEventDate(event: StoryEvent, dates = ENGLISH_DATES): string {
  if (!isDated(event)) return event.when;
  const start = utcDay(event.start);
  if (event.precision === 'day' || !event.end) return dates.day(start);
  // A span's events happened at unknown dates inside it; its label says so.
  return `${dates.dayMonth(start)} – ${dates.day(utcDay(event.end))}`;
}

/**
 * Events in time order: dated ones by start, then by end (so the ceasefire
 * comes before the attacks that followed it), then in the order they are
 * listed; undated ones after them, in the order they are listed.
 */
export function sortEvents(events: readonly StoryEvent[]): StoryEvent[] {
  const time = (iso: string | undefined, fallback: string) => utcDay(iso ?? fallback).getTime();
  const dated = events
    .map((event, index) => ({ event, index }))
    .filter((x): x is { event: DatedEvent; index: number } => isDated(x.event))
    .sort((a, b) =>
      time(a.event.start, '') - time(b.event.start, '') ||
      time(a.event.end, a.event.start) - time(b.event.end, b.event.start) ||
      a.index - b.index)
    .map(({ event }) => event);
  return [...dated, ...events.filter((e) => !isDated(e))];
}

/**
 * The time scale: whole months, from the month of the first dated event to
 * the end of the month of the last, over the drawing's width less its margins.
 * Undated events take no part in it.
 */
export function timelineScale(events: readonly StoryEvent[], width: number, rtl = false): ScaleTime<number, number> {
  const dates = events.filter(isDated).flatMap((e) => [utcDay(e.start), ...(e.end ? [utcDay(e.end)] : [])]);
  if (dates.length === 0) throw new Error('timeline: no event has a date to place on the axis');
  const first = utcMonth.floor(new Date(Math.min(...dates.map(Number))));
  const last = utcMonth.ceil(new Date(Math.max(...dates.map(Number)) + 1));
  const margin = textSizeFor(width) / 2;
  return scaleUtc().domain([first, last]).range(rtl ? [width - margin, margin] : [margin, width - margin]);
}

/** The months of the axis: a band per month, labelled in its middle. */
export function monthBands(scale: ScaleTime<number, number>, dates = ENGLISH_DATES): { start: Date; x0: number; x1: number; label: string }[] {
  const [first, last] = scale.domain() as [Date, Date];
  return utcMonths(first, last).map((start) => ({
    start,
    x0: scale(start),
    x1: scale(utcMonth.offset(start, 1)),
    label: dates.shortMonth(start),
  }));
}

/** The mark of one dated event, positioned on the scale, with its dates as data-* hooks. */
function eventMark(event: DatedEvent, scale: ScaleTime<number, number>, y: number, size: number, dates = ENGLISH_DATES): string {
  const hooks = {
    'data-event': event.id,
    'data-precision': event.precision,
    'data-start': event.start,
    'data-end': event.end,
  };
  // A native tooltip with the whole sentence: hover detail that moves nothing.
  const tip = el('title', {}, escapeText(`${formatEventDate(event, dates)}: ${event.label}`));
  const start = scale(utcDay(event.start));
  if (event.precision === 'day' || !event.end) {
    return el('circle', { class: 'tl-day', cx: start, cy: y + size / 2, r: size / 2, ...hooks }, tip);
  }
  // A span must stay visible on a narrow screen even if it lasts days (time may run right to left).
  const end = scale(utcDay(event.end));
  const x0 = Math.min(start, end);
  const x1 = Math.max(start, end, x0 + 2);
  return el('rect', { class: 'tl-span', 'fill-opacity': 0.35, x: x0, y, width: x1 - x0, height: size, ...hooks }, tip);
}

/** An event's row text: its date (bold) then its short label, wrapped; returns the <text> and the lines used. */
function rowText(event: StoryEvent, left: number, right: number, y: number, fs: number, lineHeight: number, dates = ENGLISH_DATES, rtl = false): { svg: string; lines: number } {
  // The date is held together, and to its separator, by no-break spaces
  // (unless it is too long for a line by itself).
  const brief = formatEventDate(event, dates);
  // Right to left, lines start at the right edge.
  const x = rtl ? right : left;
  const date = estimateWidth(`${brief} ·`, fs, true) <= right - left ? brief.replace(/ /g, '\u00a0') : brief;
  const lines = wrapText(`${date}\u00a0· ${event.short}`, right - left, fs);
  const first = lines[0] ?? '';
  const firstRest = first.startsWith(`${date}\u00a0`) ? first.slice(date.length) : null;
  const spans = lines.map((line, i) => {
    const lineY = y + fs + i * lineHeight;
    if (i === 0 && firstRest !== null) {
      return `<tspan${attrs({ x, y: lineY })}><tspan class="tl-date" font-weight="bold">${escapeText(date)}</tspan>${escapeText(firstRest)}</tspan>`;
    }
    return `<tspan${attrs({ x, y: lineY })}>${escapeText(line)}</tspan>`;
  });
  return { svg: `<text${attrs({ class: 'tl-label', ...(rtl ? RTL_TEXT : {}) })}>${spans.join('')}</text>`, lines: lines.length };
}

/** Right-to-left text: anchored at its start, the right (the page's stylesheet sets charts' SVG left to right). */
const RTL_TEXT = { direction: 'rtl', 'text-anchor': 'start' };

export function buildTimeline(events: readonly StoryEvent[], options: ChartOptions & { text?: TimelineText } = {}): ChartOutput {
  const width = options.width ?? DEFAULT_TIMELINE_WIDTH;
  const prefix = options.idPrefix ?? 'timeline';
  const words = options.text ?? ENGLISH;
  const rtl = words.rtl === true;
  const dates = options.text ? dateFormats(words) : ENGLISH_DATES;
  const undatedHeading = words.undated;
  const fs = textSizeFor(width);
  const lineHeight = Math.round(fs * 1.25);
  const markSize = Math.round(fs * 0.75);
  const scale = timelineScale(events, width, rtl);
  const [left, right] = [...(scale.range() as [number, number])].sort((a, b) => a - b) as [number, number];
  const sorted = sortEvents(events);
  const dated = sorted.filter(isDated);
  const undated = sorted.filter((e) => !isDated(e));

  // Dated rows: the date (bold) and the label share the wrapped text; the mark sits below.
  let y = 0;
  const rows = dated.map((event) => {
    const label = rowText(event, left, right, y, fs, lineHeight, dates, rtl);
    const markY = y + label.lines * lineHeight + fs * 0.25;
    const row = el('g', { class: 'tl-row', 'data-row': event.id }, [label.svg, eventMark(event, scale, markY, markSize, dates)]);
    y = markY + markSize + fs;
    return row;
  });

  // The axis: a band per month with its name in the middle, the year below.
  const bands = monthBands(scale, dates);
  const plotBottom = y;
  const axisY = plotBottom + fs * 0.25;
  const everyOther = bands.some((b) => estimateWidth(b.label, fs) + fs * 0.25 > Math.abs(b.x1 - b.x0));
  const grid = bands.map((b) => el('line', { x1: b.x0, x2: b.x0, y1: 0, y2: axisY + fs * 0.5 }));
  // The end of the last month: the right edge, or the left one when time runs right to left.
  const end = rtl ? left : right;
  grid.push(el('line', { x1: end, x2: end, y1: 0, y2: axisY + fs * 0.5 }));
  const labels = bands
    .filter((_, i) => !everyOther || i % 2 === 0)
    .map((b) => text(b.label, { x: (b.x0 + b.x1) / 2, y: axisY + fs * 1.5, 'text-anchor': 'middle', 'data-month': b.start.toISOString().slice(0, 7) }));
  const years = [...new Set(bands.map((b) => b.start.getUTCFullYear()))].join('–');
  y = axisY + fs * 3.2;

  // Undated events: under their own heading, below the axis, with no mark on it.
  const undatedGroup: string[] = [];
  if (undated.length) {
    y += fs * 0.75;
    undatedGroup.push(text(undatedHeading, { x: rtl ? right : left, y: y + fs, class: 'tl-undated-heading', 'font-weight': 'bold', ...(rtl ? RTL_TEXT : {}) }));
    y += lineHeight + fs * 0.4;
    for (const event of undated) {
      const label = rowText(event, left, right, y, fs, lineHeight, dates, rtl);
      undatedGroup.push(el('g', { class: 'tl-row tl-row--undated', 'data-row': event.id, 'data-event': event.id, 'data-precision': event.precision }, [
        el('title', {}, escapeText(`${formatEventDate(event, dates)}: ${event.label}`)),
        label.svg,
      ]));
      y += label.lines * lineHeight + fs * 0.5;
    }
  }
  const height = y;

  const body = [
    el('g', { class: 'tl-grid', stroke: 'currentColor', 'stroke-opacity': 0.2 }, grid),
    ...rows,
    el('g', { class: 'tl-axis', 'data-axis': 'time' }, [
      el('line', { class: 'tl-axis-line', x1: left, x2: right, y1: axisY, y2: axisY, stroke: 'currentColor' }),
      ...labels,
      text(years, { x: (left + right) / 2, y: axisY + fs * 2.8, 'text-anchor': 'middle', class: 'tl-year' }),
    ]),
    ...(undatedGroup.length ? [el('g', { class: 'tl-undated', 'data-undated': '' }, undatedGroup)] : []),
  ].join('');

  const from = dates.monthYear(scale.domain()[0] as Date);
  const to = dates.longDay(utcDay(latestDay(dated)));
  const undatedList = undated.map((e) => `${e.short}: ${formatEventDate(e, dates)}`);
  const title = words.title;
  const description = words.description.replace('{from}', from).replace('{to}', to) +
    (undated.length ? words.undatedDescription.replace('{heading}', undatedHeading).replace('{list}', undatedList.join(words.listSep)) : '');
  const svg = svgRoot(
    { width, height, titleId: `${prefix}-title`, descId: `${prefix}-desc`, title, description, className: 'chart-svg chart-svg--timeline', extra: { fill: 'currentColor' } },
    body,
  );
  return {
    svg,
    title,
    description,
    table: {
      caption: words.tableCaption,
      columns: words.columns,
      rows: sorted.map((e) => [formatEventDate(e, dates), e.label, e.who, e.cites.join(rtl ? '، ' : ', ')]),
    },
  };
}

/** The last date any dated event reaches (the end of the furthest span). */
function latestDay(events: readonly DatedEvent[]): string {
  return events.map((e) => e.end ?? e.start).sort().at(-1) ?? '';
}
