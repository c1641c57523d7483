/**
 * The parity check of a translation (model/parity.ts): the Arabic chapters
 * pass; a fixture that breaks each field fails, naming the chapter and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { chapterSchema, type ChapterData } from '../../../src/model/chapter-schema';
import { CHAPTER_IDS } from '../../../src/model/ids';
import { figureTokens, parityProblems, type ParityChapter } from '../../../src/model/parity';

function read(file: string, id: string): ParityChapter {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  return { id, data: chapterSchema.parse(load(front!)) as ChapterData, body: body! };
}
const english = CHAPTER_IDS.map((id) => read(`src/content/chapters/${id}.md`, id));
const arabic = CHAPTER_IDS.map((id) => read(`src/content/chapters/ar/${id}.md`, id));
const FOLDER = 'src/content/chapters/ar';

/** The Arabic chapters with one chapter changed. */
const breaking = (id: string, change: (c: ParityChapter) => ParityChapter) =>
  arabic.map((c) => (c.id === id ? change(structuredClone(c)) : c));

describe('the parity of the Arabic chapters with the English', () => {
  test('the Arabic chapters are in parity', () => {
    expect(parityProblems(english, arabic, FOLDER)).toEqual([]);
  });

  test('a missing chapter is named', () => {
    const problems = parityProblems(english, arabic.filter((c) => c.id !== 'the-deal'), FOLDER);
    expect(problems).toEqual([`${FOLDER}/the-deal.md: missing (chapter "the-deal" has no translation)`]);
  });

  const cases: [string, string, (c: ParityChapter) => ParityChapter][] = [
    ['rafah', 'cites', (c) => ({ ...c, data: { ...c.data, cites: ['P2'] } as ChapterData })],
    ['rafah', 'view', (c) => ({ ...c, data: { ...c.data, view: { ...c.data.view, maxZoom: 9 } } as ChapterData })],
    ['ceasefire', 'layers.show', (c) => ({ ...c, data: { ...c.data, layers: { ...c.data.layers, show: c.data.layers.show.slice(1) } } as ChapterData })],
    ['the-200', 'layers.highlight', (c) => ({ ...c, data: { ...c.data, layers: { ...c.data.layers, highlight: [] } } as ChapterData })],
    ['international-force', 'chart', (c) => ({ ...c, data: { ...c.data, chart: undefined } as ChapterData })],
    ['rafah', 'figure tokens', (c) => ({ ...c, body: c.body.replace('{{fig:gazaAreaKm2}}', '365 كم²') })],
    ['abraham-accords', 'sources', (c) => ({ ...c, data: { ...c.data, sources: [] } as ChapterData })],
  ];
  test.each(cases)('%s: a changed %s is named with its chapter', (id, field, change) => {
    const problems = parityProblems(english, breaking(id, change), FOLDER);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FOLDER}/${id}.md: chapter "${id}", field ${field} differs`);
  });

  test('the figure tokens are read from the body', () => {
    expect(figureTokens('a {{fig:b}} c {{published:b}} {{fig:a}}')).toEqual(['{{fig:a}}', '{{fig:b}}', '{{published:b}}']);
  });
});
