/**
 * Replaces `{{fig:<id>}}` in a chapter's rendered prose with the figure
 * computed from the geodata (src/geo/figures.ts), and
 * `{{published:<id>}}` with the published value the figure is shown beside,
 * so a number is never typed twice. An unknown figure id, or a published
 * value asked of a figure that has none, stops the build, naming the file.
 */
import { escapeText } from '../util/escape';

const TOKEN = /\{\{(fig|published):([^}]*)\}\}/g;
const FIGURE_TOKEN = /\{\{fig:([^}]*)\}\}/g;

export function fillFigures(
  html: string,
  values: Readonly<Record<string, string>>,
  file: string,
  published: Readonly<Record<string, string>> = {},
): string {
  return html.replace(TOKEN, (_, kind: 'fig' | 'published', id: string) => {
    const table = kind === 'fig' ? values : published;
    const value = table[id];
    if (value === undefined) {
      const what = kind === 'fig' ? 'figure' : 'published value of figure';
      throw new Error(`${file}: unknown ${what} "{{${kind}:${id}}}"; allowed: ${Object.keys(table).join(', ')}`);
    }
    return escapeText(value);
  });
}

/**
 * The figure ids a chapter's text uses, in order of first use. /data/ lists
 * where each figure appears, and the browser tests compare the two.
 */
export function figureIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIGURE_TOKEN)].map((m) => m[1]!))];
}
