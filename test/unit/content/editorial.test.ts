/**
 * Editorial rules that can be checked mechanically, on the real chapters:
 * every source a chapter cites is in the list /data/ calls complete; a key
 * point from a public source names it; a chapter's map draws only the arcs
 * and capitals its data names; the standing text is attributed and dated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { ARC_CAPITAL, drawnFeatures, LAYER_FEATURES, type FeatureId } from '../../../src/model/ids';
import { chapterSchema, type ChapterData } from '../../../src/model/chapter-schema';
import {
  chapterSourceLine, DATELINE, parseStoryText, PUBLIC_FACT_SOURCES, PUBLIC_SOURCE_IDS, STORY_TEXT, sourceName,
} from '../../../src/model/credits';

const DIR = 'src/content/chapters';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
const chapters = Object.fromEntries(files.map((f) => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(`${DIR}/${f}`, 'utf8'))!;
  return [f.replace(/\.md$/, ''), { data: chapterSchema.parse(load(front!)) as ChapterData, body: body! }];
}));

describe('sources', () => {
  test('every public source a chapter or a key point cites is in the sources list', () => {
    for (const [id, { data }] of Object.entries(chapters)) {
      const cited = [...data.sources, ...data.keyPoints.flatMap((p) => (typeof p === 'string' ? [] : [p.source]))];
      for (const s of cited) expect(PUBLIC_SOURCE_IDS, `${id}: ${s}`).toContain(s);
    }
  });

  test('the list has the embassy source the Abraham Accords chapter cites, and every entry once', () => {
    expect(chapters['abraham-accords']!.data.sources).toContain('kazakhstan-embassy-israel');
    expect(sourceName('kazakhstan-embassy-israel')).toBe('Embassy of Kazakhstan in Israel');
    expect(new Set(PUBLIC_SOURCE_IDS).size).toBe(PUBLIC_FACT_SOURCES.length);
  });

  test('no chapter names its public sources by hand in its prose: the source line is built from the list', () => {
    for (const [id, { body }] of Object.entries(chapters)) expect(body, id).not.toMatch(/Sources?:/);
  });

  test('a chapter’s source line gives the report’s paragraphs and then its public sources', () => {
    expect(chapterSourceLine(['P12'], ['wikipedia-abraham-accords', 'kazakhstan-embassy-israel'])).toBe(
      'Source: the report of 6–7 November 2025, P12. Also: Wikipedia, “Abraham Accords”; Embassy of Kazakhstan in Israel.',
    );
    expect(chapterSourceLine(['P1', 'P4'])).toBe('Source: the report of 6–7 November 2025, P1, P4');
  });

  test('a key point drawn from a public source carries it (Kazakhstan–Israel relations since 1992)', () => {
    const point = chapters['abraham-accords']!.data.keyPoints.find((p) => typeof p !== 'string' || /1992/.test(p));
    expect(point).toEqual({ text: expect.stringMatching(/1992/), source: 'wikipedia-israel-kazakhstan' });
  });

  test('the schema refuses a key point whose source the chapter does not list', () => {
    const data = { ...chapters.rafah!.data, keyPoints: ['One point here', { text: 'Another point', source: 'wikipedia-abraham-accords' }] };
    const r = chapterSchema.safeParse({ ...data, view: { fit: ['rafah-governorate'] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'keyPoints.1.source: "wikipedia-abraham-accords" is not in the chapter\'s sources ("cia-gaza-strip", "wikipedia-gaza-strip", "wikipedia-gaza-egypt-border", "wikipedia-rafah", "wikipedia-rafah-crossing", "wikipedia-governorates")',
    );
  });
});

describe('arcs that belong to the chapter', () => {
  test('each chapter’s map draws exactly the arcs it highlights, and the capitals at their ends or that it highlights', () => {
    for (const [id, { data }] of Object.entries(chapters)) {
      const { show, highlight } = data.layers;
      const arcs = show.includes('arcs') ? drawnFeatures('arcs', highlight) : [];
      expect(arcs, id).toEqual(LAYER_FEATURES.arcs.filter((a) => highlight.includes(a)));
      if (show.includes('capitals')) {
        const ends = arcs.map((a) => ARC_CAPITAL[a as keyof typeof ARC_CAPITAL]);
        expect(drawnFeatures('capitals', highlight).sort(), id).toEqual(
          [...new Set<FeatureId>([...ends, ...highlight.filter((h) => (LAYER_FEATURES.capitals as readonly string[]).includes(h))])].sort(),
        );
      }
    }
  });

  test('the force map draws the four likely members’ arcs and no other; the Abraham Accords map only Astana’s', () => {
    const drawn = (id: string) => drawnFeatures('arcs', chapters[id]!.data.layers.highlight);
    expect(drawn('international-force')).toEqual(['arc-cairo', 'arc-doha', 'arc-ankara', 'arc-abu-dhabi']);
    expect(drawn('abraham-accords')).toEqual(['arc-astana']);
    expect(drawnFeatures('capitals', chapters['abraham-accords']!.data.layers.highlight)).toEqual(['astana']);
  });

  test('a layer that is not named-only draws all its features', () => {
    expect(drawnFeatures('crossings', [])).toEqual([...LAYER_FEATURES.crossings]);
  });

  test('the schema refuses a chapter that shows arcs but names none', () => {
    const data = chapters['international-force']!.data;
    const r = chapterSchema.safeParse({ ...data, layers: { show: ['arcs'], highlight: [] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/layer "arcs" draws only the features the chapter highlights; highlight at least one of "arc-cairo"/);
  });
});

describe('the standing text', () => {
  test('the dateline says what was reported when, and that the story is not updated', () => {
    expect(DATELINE).toBe('This story describes what was reported on 6–7 November 2025 and is not updated with later events.');
  });

  test('the summary under the headline attributes the proposal to its sources and the number to Steve Witkoff', () => {
    expect(STORY_TEXT.dek).toMatch(/according to sources familiar with the matter and an Egyptian security official/);
    expect(STORY_TEXT.dek).toMatch(/Steve Witkoff put their number at about 200/);
  });

  test('a story text file with a wrong field stops the build, naming the file and the field', () => {
    expect(() => parseStoryText({ ...STORY_TEXT, dateline: 'Reported recently, not updated.' }, 'src/content/story/en.json'))
      .toThrow('src/content/story/en.json: dateline: the dateline must give the year of the report');
    expect(() => parseStoryText({ ...STORY_TEXT, extra: 1 }, 'x.json')).toThrow(/^x\.json: /);
  });
});

describe('chapter wording', () => {
  const all = Object.values(chapters);
  const points = all.flatMap((c) => c.data.keyPoints.map((p) => (typeof p === 'string' ? p : p.text)));

  test('key points do not read as predictions or as current news', () => {
    for (const p of points) expect(p).not.toMatch(/^Next:|^No agreement yet|negotiations ongoing$/);
  });

  test('chapter titles that name a date give its year', () => {
    for (const c of all) {
      if (/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(c.data.title)) {
        expect(c.data.title).toMatch(/\d{4}/);
      }
    }
  });

  test('distances are to Gaza City, not to “Gaza”, wherever a chapter gives one', () => {
    for (const [id, { body }] of Object.entries(chapters)) {
      for (const m of body.matchAll(/[^.]*\{\{fig:distance\w+\}\}[^.]*\./g)) expect(m[0], id).toMatch(/Gaza City/);
    }
  });

  test('the maps’ call-outs come from the chapter files, each naming a feature its map draws', () => {
    const callouts = Object.entries(chapters).flatMap(([id, { data }]) => data.annotations.map((a) => `${id}: ${a.feature}: ${a.text}`));
    expect(callouts).toEqual(expect.arrayContaining(['rafah: rafah-crossing: Rafah crossing: to Egypt']));
    const data = chapters.rafah!.data;
    const r = chapterSchema.safeParse({ ...data, annotations: [{ feature: 'astana', text: 'Far away' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('annotations.0.feature');
    expect(r.error!.issues[0]!.message).toMatch(/"astana" is not drawn on this chapter's map/);
    const long = chapterSchema.safeParse({ ...data, annotations: [{ feature: 'rafah', text: 'x'.repeat(41) }] });
    expect(long.error!.issues[0]!.message).toBe('an annotation is at most 40 characters');
  });
});
