/**
 * The interface text of every surface, one dictionary per language
 * (src/content/ui/<lang>.json). English is the source and defines the keys;
 * a translation must have exactly the same keys, or the build stops naming
 * the file and the key. Placeholders are `{name}`, filled by `fill`.
 */
import en from '../content/ui/en.json';
import ar from '../content/ui/ar.json';
import type { Lang } from './lang';

export type UiText = typeof en;

/** Keys of `a` that `b` lacks, as dotted paths ("embed.copy"), at every depth. */
export function missingKeys(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a !== 'object' || a === null) return [];
  const other = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
  return Object.entries(a as Record<string, unknown>).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in other)) return [at];
    return missingKeys(value, other[key], at);
  });
}

/** Checks a translation against the English keys, both ways; a difference stops the build. */
export function checkDictionary(source: unknown, translation: unknown, file: string): void {
  const missing = missingKeys(source, translation);
  const extra = missingKeys(translation, source);
  if (missing.length || extra.length) {
    throw new Error(
      `${file}: ${[missing.length && `missing key(s) ${missing.join(', ')}`, extra.length && `key(s) not in src/content/ui/en.json: ${extra.join(', ')}`].filter(Boolean).join('; ')}`,
    );
  }
}

checkDictionary(en, ar, 'src/content/ui/ar.json');

const DICTIONARIES: Record<Lang, UiText> = { en, ar: ar as UiText };

/** The interface text of a language. */
export const ui = (lang: Lang): UiText => DICTIONARIES[lang];

/** "Chapter {n} of {total}" + { n: 2, total: 10 } → "Chapter 2 of 10". An unknown placeholder stops the build. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`fill: no value for {${key}} in "${template}"`);
    return String(values[key]);
  });
}

/** A figure's text ("about 365 km²") in a language, its words and units from the dictionary. */
export function figureTextIn(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  const t = ui(lang).figures;
  return text.replace(/^about /, t.about).replace(/ km²/g, ` ${t.km2}`).replace(/ km\b/g, ` ${t.km}`);
}
