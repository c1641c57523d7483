/**
 * The Arabic face, subset to the Arabic characters the site uses (issue 16):
 * every Arabic letter, mark and punctuation in src/ (the chapters, the
 * dictionaries, the glossary and the few separators in code), cut from
 * @fontsource/ibm-plex-sans-arabic's Arabic subset with HarfBuzz
 * (subset-font), which keeps the contextual forms and ligatures those
 * characters need. Written to .cache/fonts/ (git-ignored) when Astro starts
 * (astro.config.mjs), before any stylesheet is read; rewritten only when the
 * set of characters changes. chars.txt lists the characters kept, for the
 * tests (test/e2e/arabic.test.ts: every Arabic character of the built pages
 * is in it).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

export const ARABIC_FONT_DIR = '.cache/fonts';
export const WEIGHTS = [400, 700];

/** Arabic script (letters, marks, Arabic punctuation), its presentation forms, and the joiners. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C-\u200F]/u;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The Arabic characters of the text files under `dir`, sorted. */
export function arabicCharacters(dir = 'src') {
  const chars = new Set();
  for (const file of walk(dir).filter((f) => /\.(md|json|ts|astro|mjs)$/.test(f))) {
    for (const c of readFileSync(file, 'utf8')) if (ARABIC.test(c)) chars.add(c);
  }
  return [...chars].sort();
}

export async function writeArabicSubset({ srcDir = 'src', outDir = ARABIC_FONT_DIR } = {}) {
  const chars = arabicCharacters(srcDir).join('');
  const list = join(outDir, 'chars.txt');
  const done = WEIGHTS.every((w) => existsSync(join(outDir, `ibm-plex-sans-arabic-${w}.woff2`)));
  if (done && existsSync(list) && readFileSync(list, 'utf8') === chars) return { chars, written: false };
  mkdirSync(outDir, { recursive: true });
  const require = createRequire(import.meta.url);
  for (const w of WEIGHTS) {
    const source = require.resolve(`@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${w}-normal.woff2`);
    writeFileSync(join(outDir, `ibm-plex-sans-arabic-${w}.woff2`), await subsetFont(readFileSync(source), chars, { targetFormat: 'woff2' }));
  }
  writeFileSync(list, chars);
  return { chars, written: true };
}
