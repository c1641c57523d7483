/**
 * The timeline: every dated event of the report on one time axis, one row per
 * event so that the three statements of 6 November do not hide each other.
 * How exactly an event is dated decides how it is drawn, so that the chart
 * never claims more precision than the report:
 * - a day: a dot;
 * - a month only: an open, dashed box as wide as the month;
 * - a span of unknown dates: a pale bar over the whole span, no dots;
 * - a "within …" window: a hatched, dashed box up to the deadline.
 */
import { scaleUtc, utcFormat, utcMonth, utcMonths, type ScaleTime } from 'd3';
import { utcDay, type StoryEvent } from '../story/events';
import { attrs, el, escapeText, svgRoot, text, textSizeFor } from './svg';
import type { ChartOptions, ChartOutput } from './types';
import { estimateWidth, wrapText } from './wrap';

export const DEFAULT_TIMELINE_WIDTH = 320;

const day = utcFormat('%-d %b %Y');
const dayOfMonth = utcFormat('%-d');
const dayMonth = utcFormat('%-d %b');
const monthYear = utcFormat('%B %Y');
const longDay = utcFormat('%-d %B %Y');
const shortMonth = utcFormat('%b');

/**
 * The event's dates as words, saying how exact they are. `brief` leaves out
 * what the chart's drawing already shows (the hatched box of a window).
 */
export function formatEventDate(event: StoryEvent, brief = false): string {
  const start = utcDay(event.start);
  if (event.precision === 'day' || !event.end) return day(start);
  if (event.precision === 'month') return `${monthYear(start)} (month only)`;
  const end = utcDay(event.end);
  const sameMonth = start.getUTCMonth() === end.getUTCMonth() && start.getUTCFullYear() === end.getUTCFullYear();
  if (event.precision === 'window') {
    const range = sameMonth ? `${dayOfMonth(start)}–${day(end)}` : `${dayMonth(start)} – ${day(end)}`;
    return brief ? range : `${range} (deadline window)`;
  }
  // A span's events happened at unknown dates inside it; its label says so.
  return `${dayMonth(start)} – ${day(end)}`;
}

/**
 * Events in time order: by start, then by end (so the ceasefire comes before
 * the attacks that followed it, and a window after the day it opens), then
 * in the order they are listed.
 */
export function sortEvents(events: readonly StoryEvent[]): StoryEvent[] {
  const time = (iso: string | undefined, fallback: string) => utcDay(iso ?? fallback).getTime();
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) =>
      time(a.event.start, '') - time(b.event.start, '') ||
      time(a.event.end, a.event.start) - time(b.event.end, b.event.start) ||
      a.index - b.index)
    .map(({ event }) => event);
}

/**
 * The time scale: whole months, from the month of the first event to the end
 * of the month of the last, over the drawing's width less its margins.
 */
export function timelineScale(events: readonly StoryEvent[], width: number): ScaleTime<number, number> {
  const dates = events.flatMap((e) => [utcDay(e.start), ...(e.end ? [utcDay(e.end)] : [])]);
  const first = utcMonth.floor(new Date(Math.min(...dates.map(Number))));
  const last = utcMonth.ceil(new Date(Math.max(...dates.map(Number)) + 1));
  const margin = textSizeFor(width) / 2;
  return scaleUtc().domain([first, last]).range([margin, width - margin]);
}

/** The months of the axis: a band per month, labelled in its middle. */
export function monthBands(scale: ScaleTime<number, number>): { start: Date; x0: number; x1: number; label: string }[] {
  const [first, last] = scale.domain() as [Date, Date];
  return utcMonths(first, last).map((start) => ({
    start,
    x0: scale(start),
    x1: scale(utcMonth.offset(start, 1)),
    label: shortMonth(start),
  }));
}

/** The mark of one event, positioned on the scale, with its dates as data-* hooks. */
function eventMark(event: StoryEvent, scale: ScaleTime<number, number>, y: number, size: number, hatchId: string): string {
  const hooks = {
    'data-event': event.id,
    'data-precision': event.precision,
    'data-start': event.start,
    'data-end': event.end,
  };
  // A native tooltip with the whole sentence: hover detail that moves nothing.
  const tip = el('title', {}, escapeText(`${formatEventDate(event)}: ${event.label}`));
  const x0 = scale(utcDay(event.start));
  if (event.precision === 'day' || !event.end) {
    return el('circle', { class: 'tl-day', cx: x0, cy: y + size / 2, r: size / 2, ...hooks }, tip);
  }
  // A span must stay visible on a narrow screen even if it lasts days.
  const x1 = Math.max(scale(utcDay(event.end)), x0 + 2);
  const box = { x: x0, y, width: x1 - x0, height: size, ...hooks };
  switch (event.precision) {
    case 'month':
      return el('rect', { class: 'tl-month', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '4 3', ...box }, tip);
    case 'span':
      return el('rect', { class: 'tl-span', 'fill-opacity': 0.35, ...box }, tip);
    case 'window':
      return el('rect', { class: 'tl-window', fill: `url(#${hatchId})`, stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '4 3', ...box }, tip);
  }
}

export function buildTimeline(events: readonly StoryEvent[], options: ChartOptions = {}): ChartOutput {
  const width = options.width ?? DEFAULT_TIMELINE_WIDTH;
  const prefix = options.idPrefix ?? 'timeline';
  const hatchId = `${prefix}-hatch`;
  const fs = textSizeFor(width);
  const lineHeight = Math.round(fs * 1.25);
  const markSize = Math.round(fs * 0.75);
  const scale = timelineScale(events, width);
  const [left, right] = scale.range() as [number, number];
  const sorted = sortEvents(events);

  // Rows: the date (bold) and the label share the wrapped text; the mark sits below.
  let y = 0;
  const rows = sorted.map((event) => {
    // The date is held together, and to its separator, by no-break spaces
    // (unless it is too long for a line by itself).
    const brief = formatEventDate(event, true);
    const date = estimateWidth(`${brief} ·`, fs, true) <= right - left ? brief.replace(/ /g, '\u00a0') : brief;
    const lines = wrapText(`${date}\u00a0· ${event.short}`, right - left, fs);
    const first = lines[0] ?? '';
    const firstRest = first.startsWith(`${date}\u00a0`) ? first.slice(date.length) : null;
    const textY = y + fs;
    const spans = lines.map((line, i) => {
      const lineY = textY + i * lineHeight;
      if (i === 0 && firstRest !== null) {
        return `<tspan${attrs({ x: left, y: lineY })}><tspan class="tl-date" font-weight="bold">${escapeText(date)}</tspan>${escapeText(firstRest)}</tspan>`;
      }
      return `<tspan${attrs({ x: left, y: lineY })}>${escapeText(line)}</tspan>`;
    });
    const markY = y + lines.length * lineHeight + fs * 0.25;
    const row = el('g', { class: 'tl-row', 'data-row': event.id }, [
      `<text class="tl-label">${spans.join('')}</text>`,
      eventMark(event, scale, markY, markSize, hatchId),
    ]);
    y = markY + markSize + fs;
    return row;
  });

  // The axis: a band per month with its name in the middle, the year below.
  const bands = monthBands(scale);
  const plotBottom = y;
  const axisY = plotBottom + fs * 0.25;
  const everyOther = bands.some((b) => estimateWidth(b.label, fs) + fs * 0.25 > b.x1 - b.x0);
  const grid = bands.map((b) => el('line', { x1: b.x0, x2: b.x0, y1: 0, y2: axisY + fs * 0.5 }));
  grid.push(el('line', { x1: right, x2: right, y1: 0, y2: axisY + fs * 0.5 }));
  const labels = bands
    .filter((_, i) => !everyOther || i % 2 === 0)
    .map((b) => text(b.label, { x: (b.x0 + b.x1) / 2, y: axisY + fs * 1.5, 'text-anchor': 'middle', 'data-month': b.start.toISOString().slice(0, 7) }));
  const years = [...new Set(bands.map((b) => b.start.getUTCFullYear()))].join('–');
  const height = axisY + fs * 3.2;

  const body = [
    el('defs', {}, el('pattern', { id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('line', { class: 'tl-hatch', x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'currentColor', 'stroke-width': 2.5 }))),
    el('g', { class: 'tl-grid', stroke: 'currentColor', 'stroke-opacity': 0.2 }, grid),
    ...rows,
    el('g', { class: 'tl-axis', 'data-axis': 'time' }, [
      el('line', { class: 'tl-axis-line', x1: left, x2: right, y1: axisY, y2: axisY, stroke: 'currentColor' }),
      ...labels,
      text(years, { x: (left + right) / 2, y: axisY + fs * 2.8, 'text-anchor': 'middle', class: 'tl-year' }),
    ]),
  ].join('');

  const title = 'Timeline of the events in the report';
  const description =
    `The events of the report on one time axis, from ${monthYear(scale.domain()[0] as Date)} to ${longDay(utcDay(latestDay(events)))}. ` +
    'Dates given only as a month, a span of unknown dates or a deadline are drawn as boxes, not points.';
  const svg = svgRoot(
    { width, height, titleId: `${prefix}-title`, descId: `${prefix}-desc`, title, description, className: 'chart-svg chart-svg--timeline', extra: { fill: 'currentColor' } },
    body,
  );
  return {
    svg,
    title,
    description,
    table: {
      caption: 'Events in the report, in time order',
      columns: ['Date', 'Event', 'Who says so', 'Report paragraphs'],
      rows: sorted.map((e) => [formatEventDate(e), e.label, e.who, e.cites.join(', ')]),
    },
  };
}

/** The last date any event reaches (the end of the furthest span or window). */
function latestDay(events: readonly StoryEvent[]): string {
  return events.map((e) => e.end && e.precision !== 'month' ? e.end : e.start).sort().at(-1) ?? '';
}
