/**
 * A translation's chapters must tell the same story to the engine as the
 * English ones: same chapters, same cited paragraphs, map view, layers,
 * highlights, chart, public sources, call-out features, key points' sources,
 * number of questions and figure tokens. Only the words differ. Run at build
 * (model/chapters.ts): a difference stops it, naming the chapter and field.
 */
import type { ChapterData } from './chapter-schema';
import { CHAPTER_IDS } from './ids';

export interface ParityChapter {
  id: string;
  data: ChapterData;
  /** The Markdown body, where the figure tokens are. */
  body: string;
}

/** The `{{fig:…}}` and `{{published:…}}` tokens of a body, sorted. */
export const figureTokens = (body: string): string[] =>
  [...body.matchAll(/\{\{(?:fig|published):[^}]*\}\}/g)].map((m) => m[0]).sort();

/** What must be equal, field by field. */
const FIELDS: Record<string, (c: ParityChapter) => unknown> = {
  cites: (c) => c.data.cites,
  view: (c) => c.data.view,
  'layers.show': (c) => c.data.layers.show,
  'layers.highlight': (c) => c.data.layers.highlight,
  chart: (c) => c.data.chart ?? null,
  sources: (c) => c.data.sources,
  'annotations (features)': (c) => c.data.annotations.map((a) => a.feature),
  'keyPoints (sources)': (c) => c.data.keyPoints.map((p) => (typeof p === 'string' ? null : p.source)),
  'questions (count)': (c) => c.data.questions.length,
  'figure tokens': (c) => figureTokens(c.body),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every difference, one line each ("src/content/chapters/ar/rafah.md: view differs from …"); empty when in parity. */
export function parityProblems(source: readonly ParityChapter[], translation: readonly ParityChapter[], folder: string): string[] {
  const problems: string[] = [];
  for (const id of CHAPTER_IDS) {
    const en = source.find((c) => c.id === id);
    const tr = translation.find((c) => c.id === id);
    if (!en) continue; // the English collection reports its own missing chapters
    if (!tr) {
      problems.push(`${folder}/${id}.md: missing (chapter "${id}" has no translation)`);
      continue;
    }
    for (const [field, read] of Object.entries(FIELDS)) {
      if (!same(read(en), read(tr))) {
        problems.push(`${folder}/${id}.md: chapter "${id}", field ${field} differs from the English (${JSON.stringify(read(en))} ≠ ${JSON.stringify(read(tr))})`);
      }
    }
  }
  return problems;
}
