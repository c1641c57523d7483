/**
 * Imports flow one way (../shared/DESIGN.md): model → geo → map / charts →
 * components / pages; the browser's modules never reach build-time code, and
 * the navigator never imports the live map. This test reads the import lines
 * of every module under src/ and fails on a forbidden direction, naming the
 * file and the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = 'src';

/** What each folder may import from (besides itself and npm packages). */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  model: ['content'],
  geo: ['model'],
  'map/shared': ['model', 'util', 'content'], // content: the legend's words, from the English dictionary
  'map/static': ['model', 'map/shared', 'util'],
  'map/live': ['model', 'map/shared'],
  charts: ['model', 'util'],
  embed: ['model', 'util'],
  client: ['embed', 'map/shared', 'sw'],
  // The service worker and what the slides and the build share with it (issue 17).
  sw: [],
  build: ['model', 'geo', 'map/shared', 'map/static', 'charts', 'embed', 'util', 'sw'],
  entries: ['client', 'embed', 'map/live', 'map/shared'],
  components: ['model', 'geo', 'map/shared', 'map/static', 'charts', 'embed', 'build', 'util', 'entries', 'styles', 'components'],
  layouts: ['model', 'build', 'styles', 'components', 'entries'],
  // A surface's page body, one for every language (the routes under pages/ are thin shells around it).
  surfaces: ['model', 'geo', 'map/shared', 'map/static', 'charts', 'embed', 'build', 'util', 'entries', 'styles', 'components', 'layouts'],
  pages: ['surfaces', 'model', 'geo', 'map/shared', 'map/static', 'charts', 'embed', 'build', 'util', 'entries', 'styles', 'components', 'layouts'],
  content: [],
  styles: [],
  types: [],
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The folder a path under src/ belongs to ("map/live", "client", …). */
export function folderOf(path: string): string {
  const parts = relative(SRC, path).split(/[\\/]/);
  if (parts.length === 1) return '(root)';
  return parts[0] === 'map' ? `map/${parts[1]}` : parts[0]!;
}

const IMPORT = /(?:^|\s)(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every relative import of a file, as [specifier, folder it lands in]. */
export function importsOf(file: string, text: string): [string, string][] {
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => [spec, folderOf(normalize(join(dirname(file), spec.replace(/\?.*$/, ''))))]);
}

const files = walk(SRC).filter((f) => /\.(ts|astro)$/.test(f));

describe('import directions', () => {
  test('every folder under src/ has rules', () => {
    const folders = new Set(files.map(folderOf).filter((f) => f !== '(root)'));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  test('no module imports against the flow', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      if (from === '(root)') continue; // content.config.ts: Astro's collection config
      for (const [spec, to] of importsOf(file, readFileSync(file, 'utf8'))) {
        // A file the build generates (the Arabic face's subset, scripts/arabic-font.mjs) is an asset, not a module.
        if (/\/\.cache\/fonts\/[^/]+\.woff2\?url$/.test(spec)) continue;
        if (to !== from && !ALLOWED[from]!.includes(to)) wrong.push(`${file}: imports ${spec} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the reader catches a forbidden import (the check can fail)', () => {
    const planted = importsOf('src/client/navigator.ts', "import { createStage } from '../map/live/stage';\nimport type { X } from '../model/ids';");
    expect(planted).toEqual([['../map/live/stage', 'map/live'], ['../model/ids', 'model']]);
    expect(ALLOWED.client).not.toContain('map/live');
    expect(ALLOWED.charts).not.toContain('map/live');
    expect(ALLOWED.model).not.toContain('map/live');
  });
});
