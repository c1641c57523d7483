/**
 * The Arabic edition's text (issue 16; not served yet): each chapter is a
 * translation of its English chapter that changes no fact the engine reads
 * (cited paragraphs, map view, layers, highlights, chart, public sources,
 * figure tokens), validated by the same schema; the story text by the same
 * schema as the English one; the glossary names each term once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { chapterSchema, type ChapterData } from '../../../src/model/chapter-schema';
import { parseStoryText } from '../../../src/model/credits';
import { CHAPTER_IDS } from '../../../src/model/ids';

function chapter(file: string): { data: ChapterData; body: string } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  return { data: chapterSchema.parse(load(front!)) as ChapterData, body: body! };
}
const tokens = (body: string) => [...body.matchAll(/\{\{(?:fig|published):[^}]*\}\}/g)].map((m) => m[0]).sort();
const keyPointSources = (d: ChapterData) => d.keyPoints.map((p) => (typeof p === 'string' ? null : p.source));

describe('the Arabic chapters', () => {
  test('there is one for every chapter id, and no other', () => {
    expect(readdirSync('src/content/chapters/ar').map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...CHAPTER_IDS].sort());
  });

  test.each(CHAPTER_IDS)('%s: same facts for the engine as the English, translated text, same figure tokens', (id) => {
    const en = chapter(`src/content/chapters/${id}.md`);
    const ar = chapter(`src/content/chapters/ar/${id}.md`);
    for (const key of ['cites', 'view', 'layers', 'chart', 'sources'] as const) expect(ar.data[key], key).toEqual(en.data[key]);
    expect(keyPointSources(ar.data)).toEqual(keyPointSources(en.data));
    expect(ar.data.annotations.map((a) => a.feature)).toEqual(en.data.annotations.map((a) => a.feature));
    expect(ar.data.questions).toHaveLength(en.data.questions.length);
    expect(tokens(ar.body)).toEqual(tokens(en.body));
    expect(ar.data.title).toMatch(/[\u0600-\u06FF]/);
    expect(ar.body).not.toMatch(/[\u0660-\u0669]/); // Western digits throughout
  });
});

describe('the Arabic story text', () => {
  test('validates as the English does, dated, and says it is a translation', () => {
    const ar = parseStoryText(JSON.parse(readFileSync('src/content/story/ar.json', 'utf8')), 'src/content/story/ar.json');
    expect(ar.dateline).toMatch(/2025/);
    expect(ar.translationNote).toMatch(/2025/);
  });
});

describe('the glossary', () => {
  const { terms } = JSON.parse(readFileSync('src/content/glossary.json', 'utf8')) as { terms: { en: string; ar: string }[] };
  test('names each English term once, each with an Arabic form', () => {
    expect(new Set(terms.map((t) => t.en)).size).toBe(terms.length);
    for (const t of terms) expect(t.ar, t.en).toMatch(/[\u0600-\u06FF]/);
  });
});
