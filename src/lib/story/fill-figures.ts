/**
 * Replaces `{{fig:<id>}}` in a chapter's rendered prose with the figure
 * computed from the geodata (src/lib/geo/figures.ts), so a number is never
 * typed twice. An unknown figure id stops the build, naming the file.
 */
import { escapeText } from '../escape';

const TOKEN = /\{\{fig:([^}]*)\}\}/g;

export function fillFigures(html: string, values: Readonly<Record<string, string>>, file: string): string {
  return html.replace(TOKEN, (_, id: string) => {
    const value = values[id];
    if (value === undefined) {
      throw new Error(`${file}: unknown figure "{{fig:${id}}}"; allowed: ${Object.keys(values).join(', ')}`);
    }
    return escapeText(value);
  });
}

/**
 * The figure ids a chapter's text uses, in order of first use. /data/ lists
 * where each figure appears, and the browser tests compare the two.
 */
export function figureIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]!))];
}
