/**
 * The dated events of the report (shared/source/article.md), for the timeline
 * and any surface that lists them. Only what the report says: an event is
 * placed on the time axis only when the report gives its day and month
 * (`inReport` holds the report's own words for the date, and a unit test
 * finds them in the cited paragraphs). What the report leaves without a
 * year or a date is `undated`: listed with the report's words, never pinned
 * to an invented day, month or window.
 *
 * The report never prints a year; its dateline does (6–7 November 2025), and
 * the days it names (10 October, Thursday 6 November) fall in the weeks
 * before it. Dates are ISO 8601 calendar dates read as UTC days, so the build
 * gives the same result in every time zone.
 */
import type { ParagraphId } from './ids';
import type { Lang } from './lang';
import arabic from '../content/timeline/ar.json';

/**
 * How exactly the report dates an event:
 * - `day`: a known day (`start`);
 * - `span`: happened at unknown dates between two known days (`start`–`end`);
 * - `undated`: the report gives no day (`when` says what it does give).
 */
export type DatePrecision = 'day' | 'span' | 'undated';

interface EventBase {
  id: string;
  /** What happened, in a sentence, attributed where it is a claim (tables, text). */
  label: string;
  /** The same in a few words, for the chart on a phone. */
  short: string;
  /** Paragraphs of the report that state it. */
  cites: readonly ParagraphId[];
  /** Who said it ("The report" for facts the report states itself). */
  who: string;
  /** The report's own words for the date, verbatim from a cited paragraph; null when it gives none. */
  inReport: string | null;
}

export interface DatedEvent extends EventBase {
  precision: 'day' | 'span';
  /** First day (YYYY-MM-DD). */
  start: string;
  /** Last day, for spans. */
  end?: string;
}

export interface UndatedEvent extends EventBase {
  precision: 'undated';
  /** What the report gives instead of a date, in words ("since March; no year given"). */
  when: string;
}

export type StoryEvent = DatedEvent | UndatedEvent;

export const EVENTS: readonly StoryEvent[] = [
  {
    id: 'cut-off-claimed',
    label: 'Hamas’s armed faction says it has been cut off from the outside world since March (claimed; no year given)',
    short: 'Armed faction cut off since March (claimed)',
    precision: 'undated',
    when: 'Since March (no year given)',
    inReport: 'since March',
    cites: ['P8'],
    who: 'Hamas’s armed faction, according to two sources',
  },
  {
    id: 'ceasefire',
    label: 'US-brokered ceasefire takes effect in Gaza',
    short: 'US-brokered ceasefire takes effect',
    start: '2025-10-10',
    precision: 'day',
    inReport: 'on October 10',
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
    inReport: 'Since the US-brokered ceasefire agreement took effect in Gaza on October 10',
    cites: ['P3'],
    who: 'The report; Israel accuses Hamas, which denies it',
  },
  {
    id: 'witkoff-statement',
    label: 'Steve Witkoff: the plan involves about 200 Hamas personnel',
    short: 'Steve Witkoff: about 200 Hamas personnel',
    start: '2025-11-06',
    precision: 'day',
    inReport: 'on Thursday (November 6)',
    cites: ['P2'],
    who: 'Steve Witkoff, US Special Envoy to the Middle East',
  },
  {
    id: 'trump-statement',
    label: 'Donald Trump expects a US-coordinated international force to enter Gaza soon',
    short: 'Donald Trump expects the force to enter Gaza soon',
    start: '2025-11-06',
    precision: 'day',
    inReport: 'on Thursday',
    cites: ['P11'],
    who: 'US President Donald Trump',
  },
  {
    id: 'kazakhstan-accords',
    label: 'Kazakhstan announces it will join the Abraham Accords',
    short: 'Kazakhstan to join the Abraham Accords',
    start: '2025-11-06',
    precision: 'day',
    inReport: 'on Thursday',
    cites: ['P12'],
    who: 'Kazakhstan',
  },
  {
    id: 'force-formation',
    label: 'Steve Witkoff says the formation of the international force would be completed “within three weeks” (remark not dated in the report)',
    short: 'Force to be formed “within three weeks” (Steve Witkoff)',
    precision: 'undated',
    when: 'Undated remark',
    inReport: null,
    cites: ['P10'],
    who: 'Steve Witkoff, US Special Envoy to the Middle East',
  },
];

/** The day the report describes (Thursday 6 November 2025). */
export const REPORT_DAY = '2025-11-06';

export const isDated = (event: StoryEvent): event is DatedEvent => event.precision !== 'undated';

/** A calendar date as a UTC Date (midnight at the start of that day). */
export function utcDay(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** What a translation gives of an event: its words, never its dates or citations. */
interface EventWords {
  label: string;
  short: string;
  who: string;
  when?: string;
}
const TRANSLATIONS: Partial<Record<Lang, { file: string; events: Record<string, EventWords> }>> = {
  ar: { file: 'src/content/timeline/ar.json', events: arabic.events },
};

/** The events in a language: the same events, dates and citations, in its words; a missing event stops the build. */
export function eventsIn(lang: Lang): readonly StoryEvent[] {
  const translation = TRANSLATIONS[lang];
  if (!translation) return EVENTS;
  const ids = Object.keys(translation.events);
  const extra = ids.filter((id) => !EVENTS.some((e) => e.id === id));
  if (extra.length) throw new Error(`${translation.file}: no event ${extra.join(', ')} in src/model/timeline-events.ts`);
  return EVENTS.map((e) => {
    const words = translation.events[e.id];
    if (!words) throw new Error(`${translation.file}: event "${e.id}" is not translated`);
    if (e.precision === 'undated' && !words.when) throw new Error(`${translation.file}: event "${e.id}" needs "when"`);
    return e.precision === 'undated'
      ? { ...e, label: words.label, short: words.short, who: words.who, when: words.when! }
      : { ...e, label: words.label, short: words.short, who: words.who };
  });
}
