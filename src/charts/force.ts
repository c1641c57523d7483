/**
 * The international force: its likely members and its tasks. The report gives
 * the tasks to the force as a whole and names no country for any task and no
 * troop numbers, so the chart joins the members to the force with one brace
 * and the force to its tasks with one line: no line runs from a country to a
 * task, and the drawing holds no numbers (the test checks both).
 */
import { el, svgRoot, textLines, textSizeFor } from '../util/svg';
import type { ForceFacts } from '../model/report-data';
import type { ChartOptions, ChartOutput } from './types';
import { estimateWidth, wrapText } from '../util/wrap';
import { fill, ui } from '../model/ui';

export const DEFAULT_FORCE_WIDTH = 320;

/**
 * A horizontal curly brace from x1 to x2 whose point, at the middle, is
 * `depth` below y: it gathers what is above into one thing below.
 */
export function bracePath(x1: number, x2: number, y: number, depth: number): string {
  const mid = (x1 + x2) / 2;
  const h = depth / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)} ${r(y)}Q${r(x1)} ${r(y + h)} ${r(x1 + h)} ${r(y + h)}H${r(mid - h)}Q${r(mid)} ${r(y + h)} ${r(mid)} ${r(y + depth)}` +
    `Q${r(mid)} ${r(y + h)} ${r(mid + h)} ${r(y + h)}H${r(x2 - h)}Q${r(x2)} ${r(y + h)} ${r(x2)} ${r(y)}`;
}

/** The chart's words (src/content/ui/<lang>.json, charts.force); English by default. */
export type ForceWords = ReturnType<typeof ui>['charts']['force'] & { listSep: string; listLast: string; taskSep: string };

export function buildForce(facts: ForceFacts, options: ChartOptions & { words?: ForceWords } = {}): ChartOutput {
  const words = options.words ?? { ...ui('en').charts.force, listSep: ', ', listLast: ' and ', taskSep: '; ' };
  const width = options.width ?? DEFAULT_FORCE_WIDTH;
  const prefix = options.idPrefix ?? 'force';
  const fs = textSizeFor(width);
  const lh = Math.round(fs * 1.25);
  const pad = fs / 2;
  const inner = width - 2 * pad;
  const boxPad = fs * 0.5;
  const parts: string[] = [];
  let y = 0;

  // Members: two columns when the longest name fits, else one.
  parts.push(textLines([facts.membersNote], pad, y + fs, lh, { class: 'fc-heading', 'font-weight': 'bold' }));
  y += lh + fs * 0.4;
  const gap = fs * 0.5;
  const longest = Math.max(...facts.members.map((m) => estimateWidth(m.name, fs)));
  const columns = longest + 2 * boxPad <= (inner - gap) / 2 ? 2 : 1;
  const boxWidth = (inner - (columns - 1) * gap) / columns;
  const members: string[] = [];
  for (let start = 0; start < facts.members.length; start += columns) {
    const rowMembers = facts.members.slice(start, start + columns);
    const lines = rowMembers.map((m) => wrapText(m.name, boxWidth - 2 * boxPad, fs));
    const boxHeight = Math.max(...lines.map((l) => l.length)) * lh + boxPad;
    rowMembers.forEach((member, i) => {
      const x = pad + i * (boxWidth + gap);
      members.push(el('g', { class: 'fc-member', 'data-member': member.id }, [
        el('rect', { x, y, width: boxWidth, height: boxHeight, rx: fs * 0.3, 'fill-opacity': 0.12 }),
        textLines(lines[i] ?? [], x + boxPad, y + boxPad / 2 + fs, lh),
      ]));
    });
    y += boxHeight + gap;
  }
  parts.push(el('g', { class: 'fc-members' }, members));

  // One brace gathers all the members into the force.
  const braceDepth = fs * 1.2;
  parts.push(el('path', {
    class: 'fc-link fc-brace', 'data-from': 'members', 'data-to': 'force', d: bracePath(pad, width - pad, y, braceDepth),
    fill: 'none', stroke: 'currentColor', 'stroke-width': 2,
  }));
  y += braceDepth + fs * 0.3;

  // The force itself.
  const forceLines = wrapText(facts.name, inner - 2 * boxPad, fs, true);
  const forceHeight = forceLines.length * lh + boxPad;
  parts.push(el('g', { class: 'fc-force', 'data-force': true }, [
    el('rect', { x: pad, y, width: inner, height: forceHeight, rx: fs * 0.3, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }),
    textLines(forceLines, width / 2, y + boxPad / 2 + fs, lh, { 'text-anchor': 'middle', 'font-weight': 'bold' }),
  ]));
  y += forceHeight;

  // One line from the force to its tasks.
  const linkLength = fs * 1.2;
  parts.push(el('path', {
    class: 'fc-link', 'data-from': 'force', 'data-to': 'tasks',
    d: `M${width / 2} ${y}v${linkLength}m-${fs * 0.35} -${fs * 0.4}l${fs * 0.35} ${fs * 0.4}l${fs * 0.35} -${fs * 0.4}`,
    fill: 'none', stroke: 'currentColor', 'stroke-width': 2,
  }));
  y += linkLength + fs * 0.3;

  // The tasks of the whole force, as one list in one box.
  const headingLines = wrapText(words.tasksHeading, inner - 2 * boxPad, fs, true);
  const taskLines = facts.tasks.map((task) => wrapText(task, inner - 2 * boxPad - fs, fs));
  const tasksHeight = boxPad + headingLines.length * lh + taskLines.reduce((n, l) => n + l.length * lh + fs * 0.3, 0) + boxPad / 2;
  const tasks: string[] = [
    el('rect', { x: pad, y, width: inner, height: tasksHeight, rx: fs * 0.3, 'fill-opacity': 0.12 }),
    textLines(headingLines, pad + boxPad, y + boxPad / 2 + fs, lh, { 'font-weight': 'bold' }),
  ];
  let ty = y + boxPad / 2 + headingLines.length * lh + fs * 0.3;
  facts.tasks.forEach((_, i) => {
    const lines = taskLines[i] ?? [];
    tasks.push(el('g', { class: 'fc-task', 'data-task': i + 1 }, [
      el('rect', { x: pad + boxPad, y: ty + fs * 0.35, width: fs * 0.45, height: fs * 0.45 }),
      textLines(lines, pad + boxPad + fs, ty + fs, lh),
    ]));
    ty += lines.length * lh + fs * 0.3;
  });
  parts.push(el('g', { class: 'fc-tasks' }, tasks));
  y += tasksHeight + fs * 0.6;

  const noteLines = wrapText(facts.note, inner, fs);
  parts.push(textLines(noteLines, pad, y + fs, lh, { class: 'fc-note', 'font-style': 'italic' }));
  const height = y + noteLines.length * lh + fs * 0.4;

  const names = facts.members.map((m) => m.inProse ?? m.name);
  const memberList = `${names.slice(0, -1).join(words.listSep)}${words.listLast}${names.at(-1) ?? ''}`;
  const title = words.title;
  const description = fill(words.description, {
    members: memberList,
    tasks: facts.tasks.map((t) => t.charAt(0).toLowerCase() + t.slice(1)).join(words.taskSep),
  });
  return {
    svg: svgRoot(
      { width, height, titleId: `${prefix}-title`, descId: `${prefix}-desc`, title, description, className: 'chart-svg chart-svg--force', extra: { fill: 'currentColor' } },
      parts.join(''),
    ),
    title,
    description,
  };
}
