/**
 * The dated events of the report (shared/source/article.md), for the timeline
 * and any surface that lists them. Only what the report says: where it gives a
 * month, a window or no date at all, the event says so through `precision`
 * rather than being pinned to an invented day.
 *
 * Dates are ISO 8601 calendar dates read as UTC days, so the build gives the
 * same result in every time zone.
 */
import type { ParagraphId } from '../geo/catalog';

/**
 * How exactly the report dates an event:
 * - `day`: a known day (`start`);
 * - `month`: only the month is known (`start` is its first day, `end` the first day of the next);
 * - `span`: happened at unknown dates within `start`–`end`;
 * - `window`: a deadline stated as "within …": could be any time up to `end`.
 */
export type DatePrecision = 'day' | 'month' | 'window' | 'span';

export interface StoryEvent {
  id: string;
  /** What happened, in a sentence, attributed where it is a claim (tables, text). */
  label: string;
  /** The same in a few words, for the chart on a phone. */
  short: string;
  /** First day (YYYY-MM-DD). */
  start: string;
  /** Last day for spans and windows; first day of the next month for months. */
  end?: string;
  precision: DatePrecision;
  /** Paragraphs of the report that state it. */
  cites: readonly ParagraphId[];
  /** Who said it ("The report" for facts the report states itself). */
  who: string;
}

export const EVENTS: readonly StoryEvent[] = [
  {
    id: 'cut-off-claimed',
    label: 'Hamas’s armed faction cut off from the outside world since March (claimed)',
    short: 'Armed faction cut off since March (claimed)',
    start: '2025-03-01',
    end: '2025-04-01',
    precision: 'month',
    cites: ['P8'],
    who: 'Hamas’s armed faction, according to two sources',
  },
  {
    id: 'ceasefire',
    label: 'US-brokered ceasefire takes effect in Gaza',
    short: 'US-brokered ceasefire takes effect',
    start: '2025-10-10',
    precision: 'day',
    cites: ['P3', 'P10'],
    who: 'The report',
  },
  {
    id: 'rafah-attacks',
    label: 'At least two attacks on Israeli forces in Rafah (dates not given); Israel accuses Hamas, which denies it',
    short: 'At least two attacks in Rafah (dates not given)',
    start: '2025-10-10',
    end: '2025-11-06',
    precision: 'span',
    cites: ['P3'],
    who: 'The report; Israel accuses Hamas, which denies it',
  },
  {
    id: 'witkoff-statement',
    label: 'Steve Witkoff: the plan involves about 200 Hamas personnel',
    short: 'Steve Witkoff: about 200 Hamas personnel',
    start: '2025-11-06',
    precision: 'day',
    cites: ['P2', 'P10'],
    who: 'Steve Witkoff, US Special Envoy to the Middle East',
  },
  {
    id: 'trump-statement',
    label: 'Donald Trump expects a US-coordinated international force to enter Gaza soon',
    short: 'Donald Trump expects the force to enter Gaza soon',
    start: '2025-11-06',
    precision: 'day',
    cites: ['P11'],
    who: 'US President Donald Trump',
  },
  {
    id: 'kazakhstan-accords',
    label: 'Kazakhstan announces it will join the Abraham Accords',
    short: 'Kazakhstan to join the Abraham Accords',
    start: '2025-11-06',
    precision: 'day',
    cites: ['P12'],
    who: 'Kazakhstan',
  },
  {
    id: 'force-formation',
    label: 'Formation of the international force to be completed “within three weeks”, according to Steve Witkoff',
    short: 'Force to be formed “within three weeks” (Steve Witkoff)',
    start: '2025-11-06',
    end: '2025-11-27',
    precision: 'window',
    cites: ['P10'],
    who: 'Steve Witkoff, US Special Envoy to the Middle East',
  },
];

/** The day the report describes (Thursday 6 November 2025). */
export const REPORT_DAY = '2025-11-06';

/** A calendar date as a UTC Date (midnight at the start of that day). */
export function utcDay(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
