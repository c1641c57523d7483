/**
 * A remark plugin: replaces `{{fig:<id>}}` in chapter prose with the figure
 * computed from the geodata (src/lib/geo/figures.ts), so a number is never
 * typed twice. An unknown figure id stops the build, naming the file.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const TOKEN = /\{\{fig:([A-Za-z0-9]+)\}\}/g;

export function remarkFigures(figures: () => Record<string, string>) {
  return () => (tree: Root, file: { path?: string }) => {
    const values = figures();
    visit(tree, 'text', (node: Text) => {
      node.value = node.value.replace(TOKEN, (_, id: string) => {
        const value = values[id];
        if (value === undefined) {
          throw new Error(
            `${file.path ?? 'chapter'}: unknown figure "{{fig:${id}}}"; allowed: ${Object.keys(values).join(', ')}`,
          );
        }
        return value;
      });
    });
  };
}
