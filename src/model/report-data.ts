/**
 * Facts from the report that the charts draw, other than the dated events
 * (src/model/timeline-events.ts). Kept apart from the builders so a chart is a
 * function of this data and tests can pass their own.
 */
import type { ParagraphId } from './ids';

/** A number the report gives only approximately. */
export interface ApproximateCount {
  /** The number as stated ("about 200" → 200). */
  value: number;
  /** What is counted. */
  what: string;
  /** The label as it should read on the chart. */
  label: string;
  who: string;
  date: string;
  cites: readonly ParagraphId[];
}

export const HAMAS_PERSONNEL: ApproximateCount = {
  value: 200,
  what: 'Hamas personnel involved in the plan',
  label: 'about 200 (approximate, as stated by Steve Witkoff)',
  who: 'Steve Witkoff, US Special Envoy to the Middle East',
  date: '6 November 2025',
  cites: ['P2'],
};

/**
 * The international force as the report describes it: likely members, and
 * tasks of the force as a whole. The report assigns no task to any single
 * country and gives no numbers of troops.
 */
export interface ForceFacts {
  name: string;
  /** `inProse` is the name as it reads inside a sentence ("the United Arab Emirates"). */
  members: readonly { id: string; name: string; inProse?: string }[];
  membersNote: string;
  tasks: readonly string[];
  note: string;
  cites: readonly ParagraphId[];
}

export const INTERNATIONAL_FORCE: ForceFacts = {
  name: 'The international force (US-coordinated)',
  members: [
    { id: 'egypt', name: 'Egypt' },
    { id: 'qatar', name: 'Qatar' },
    { id: 'turkey', name: 'Turkey' },
    { id: 'united-arab-emirates', name: 'United Arab Emirates', inProse: 'the United Arab Emirates' },
  ],
  membersNote: 'Likely members, as reported',
  tasks: [
    'Training and supporting Palestinian police in Gaza',
    'Border security',
    'Preventing weapons from being smuggled to Hamas',
  ],
  note: 'The report gives these tasks to the force as a whole. It assigns no task to any single country and gives no troop numbers.',
  cites: ['P11'],
};

/**
 * The same facts in a translation (src/content/report-data/<lang>.json): the
 * numbers, member ids, order and citations stay the English ones; only the
 * words change. A member or task the translation lacks stops the build.
 */
import arabic from '../content/report-data/ar.json';
import type { Lang } from './lang';

const FILE = 'src/content/report-data/ar.json';

export function reportDataIn(lang: Lang): { personnel: ApproximateCount; force: ForceFacts; why: (english: string) => string } {
  if (lang === 'en') return { personnel: HAMAS_PERSONNEL, force: INTERNATIONAL_FORCE, why: (w) => w };
  const members = arabic.force.members as Record<string, string>;
  const force: ForceFacts = {
    ...INTERNATIONAL_FORCE,
    name: arabic.force.name,
    members: INTERNATIONAL_FORCE.members.map((m) => {
      const name = members[m.id];
      if (!name) throw new Error(`${FILE}: no Arabic name for force member "${m.id}"`);
      return { id: m.id, name };
    }),
    membersNote: arabic.force.membersNote,
    tasks: INTERNATIONAL_FORCE.tasks.map((t, i) => {
      const task = arabic.force.tasks[i];
      if (!task) throw new Error(`${FILE}: no Arabic for task ${i + 1} ("${t}")`);
      return task;
    }),
    note: arabic.force.note,
  };
  const why = (english: string) => {
    const text = (arabic.why as Record<string, string>)[english];
    if (!text) throw new Error(`${FILE}: no Arabic for "${english}"`);
    return text;
  };
  return { personnel: { ...HAMAS_PERSONNEL, ...arabic.personnel }, force, why };
}
