/**
 * The story's languages (issue 16). English is the source; every other
 * language is a translation of it, served under its own path prefix
 * (`/ar/…`), with the same chapter ids and DOM hooks. A page's language is
 * read from its path, so one component serves every language.
 */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** The source language: its pages sit at the site's root. */
export const SOURCE_LANG: Lang = 'en';

/** Writing direction, for <html dir> and everything that mirrors. */
export const LANG_DIR: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

/** The path prefix of a language's pages under the base path: '' for English, 'ar/' for Arabic. */
export const langPrefix = (lang: Lang): string => (lang === SOURCE_LANG ? '' : `${lang}/`);

/** The language of a page, from its path (with or without the base path). */
export function langOfPath(pathname: string, base = '/'): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return LANGS.find((l) => l !== SOURCE_LANG && (rest === l || rest.startsWith(`${l}/`))) ?? SOURCE_LANG;
}

/**
 * The same page in another language: the path under the base with the
 * language prefix swapped (`/present/` ↔ `/ar/present/`).
 */
export function pathInLang(pathname: string, base: string, to: Lang): string {
  const from = langOfPath(pathname, base);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const bare = rest.slice(langPrefix(from).length);
  return `${base}${langPrefix(to)}${bare}`;
}
