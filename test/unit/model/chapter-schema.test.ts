import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { chapterSchema } from '../../../src/model/chapter-schema';
import { CHAPTER_IDS } from '../../../src/model/ids';

const valid = {
  title: 'The border',
  summary: 'Where Gaza meets Egypt, and the crossing at Rafah.',
  cites: ['P1'],
  view: { fit: ['rafah-crossing'], maxZoom: 13 },
  layers: { show: ['gaza', 'crossings'], highlight: ['rafah-crossing'] },
  keyPoints: ['Rafah is on the border', 'The crossing is the only one to Egypt'],
  notes: 'Point out the crossing on the map before moving on.',
  questions: ['Why does the location of Rafah matter to the proposal?'],
};

/** The error messages zod gives for a chapter, as "path: message". */
function errors(data: unknown): string[] {
  const r = chapterSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('chapter schema', () => {
  test('accepts a valid chapter', () => {
    expect(errors(valid)).toEqual([]);
  });

  test('accepts every real chapter of the story', () => {
    const dir = 'src/content/chapters';
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    expect(files).toEqual([...CHAPTER_IDS].map((id) => `${id}.md`).sort());
    for (const file of files) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      expect(front, file).toBeDefined();
      expect(errors(load(front!)), file).toEqual([]);
    }
  });

  test('rejects an unknown layer, listing the allowed layers', () => {
    const [msg] = errors({ ...valid, layers: { show: ['gaza', 'tunnels'], highlight: [] } });
    expect(msg).toMatch(/^layers\.show\.1: unknown layer; allowed: "gaza", "governorates"/);
  });

  test('rejects an unknown feature to fit, listing the allowed features', () => {
    const [msg] = errors({ ...valid, view: { fit: ['rafa-crossing'] } });
    expect(msg).toMatch(/^view\.fit\.0: unknown feature; allowed: .*"rafah-crossing"/);
  });

  test('rejects coordinates out of range', () => {
    expect(errors({ ...valid, view: { center: [34.3, 131.2], zoom: 9 } })).toEqual([
      'view.center.1: latitude must be from -90 to 90',
    ]);
    expect(errors({ ...valid, view: { center: [234.3, 31.2], zoom: 9 } })).toEqual([
      'view.center.0: longitude must be from -180 to 180',
    ]);
    expect(errors({ ...valid, view: { center: [34.3, 31.2], zoom: 30 } })).toEqual(['view.zoom: zoom must be from 0 to 22']);
  });

  test('rejects a view that is neither a fit nor a camera', () => {
    expect(errors({ ...valid, view: { zoom: 9 } })).toEqual([
      'view: needs fit: [feature ids] or both center: [longitude, latitude] and zoom',
    ]);
    expect(errors({ ...valid, view: { fit: ['rafah'], center: [34, 31], zoom: 9 } })).toEqual([
      'view: give either fit or center+zoom, not both',
    ]);
  });

  test('rejects a highlighted feature that no shown layer draws', () => {
    expect(errors({ ...valid, layers: { show: ['gaza'], highlight: ['rafah-crossing'] } })).toEqual([
      'layers.highlight.0: "rafah-crossing" is in none of the shown layers ("gaza")',
    ]);
  });

  test('rejects a field the schema does not know', () => {
    expect(errors({ ...valid, subtitle: 'x' })[0]).toMatch(/Unrecognized key.*subtitle/i);
  });

  test('rejects a wrong source paragraph and a missing title', () => {
    const { title: _, ...untitled } = valid;
    expect(errors({ ...untitled, cites: ['P13'] })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: /),
        expect.stringMatching(/^cites\.0: unknown source paragraph; allowed: "P1", .*"P12"/),
      ]),
    );
  });

  test('rejects an unknown chart and more than two questions', () => {
    expect(errors({ ...valid, chart: 'pie' })[0]).toMatch(/^chart: unknown chart; allowed: "timeline", "personnel", "force", "distances"/);
    expect(errors({ ...valid, questions: ['one question here?', 'two questions here?', 'three questions here?'] })[0]).toMatch(/^questions:/);
  });

  test('requires a one-line summary', () => {
    expect(errors({ ...valid, summary: 'First line of the summary\nand a second line' })).toEqual([
      'summary: summary must be one line',
    ]);
  });
});
