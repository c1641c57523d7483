/**
 * The glossary (src/content/glossary.json): every name and term of the
 * story, English ↔ Arabic, in the forms major Arabic-language news
 * organisations use. The maps, the map in words and the source lines take
 * their Arabic names from here, so a name is spelled one way everywhere.
 */
import glossary from '../content/glossary.json';
import type { Lang } from './lang';

export interface GlossaryTerm {
  en: string;
  ar: string;
  kind: string;
  note?: string;
}

export const TERMS: readonly GlossaryTerm[] = glossary.terms;

/** Latin-script words the Arabic pages may keep, as regular expressions (with why, in the file). */
export const KEEP_IN_LATIN: readonly RegExp[] = glossary.keepInLatin.patterns.map((p) => new RegExp(p));

const AR = new Map(TERMS.map((t) => [t.en, t.ar]));

/** A name in a language; a name the glossary lacks stops the build, naming it. */
export function nameIn(lang: Lang, en: string): string {
  if (lang === 'en') return en;
  const ar = AR.get(en);
  if (ar === undefined) throw new Error(`src/content/glossary.json: no Arabic form of "${en}"; add it as a term`);
  return ar;
}

/** English name → name in `lang`, for the names given (the live map's labels). */
export function namesIn(lang: Lang, names: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...new Set(names)].map((n) => [n, nameIn(lang, n)]));
}
