/**
 * What a page needs to know of its language, read from its URL (model/lang.ts):
 * the page's language, the same page in the others (the language switch and
 * the hreflang alternates), and the words its maps use in a translation.
 */
import { LANGS, LANG_DIR, langOfPath, pathInLang, type Lang } from '../model/lang';
import { fill, ui } from '../model/ui';
import { nameIn } from '../model/glossary';
import { loadSources, SOURCE_IDS } from '../geo/layers';
import type { StaticMapLanguage } from '../map/static/static-map';
import { jsonForScript } from './map-chapters';

const BASE = import.meta.env.BASE_URL;

/** The language of the page at this URL. */
export const pageLang = (url: URL): Lang => langOfPath(url.pathname, BASE);

export const pageDir = (url: URL) => LANG_DIR[pageLang(url)];

/** The face that draws a translation's script (src/styles/fonts-ar.css), before the story's own. */
const SCRIPT_FONT: Partial<Record<Lang, string>> = { ar: 'IBM Plex Sans Arabic' };

/**
 * Line spacing of a static map's two-line labels in a script whose marks
 * reach further above and below the line than Latin's (Arabic: at 1.15 the
 * dots of one line touch the next).
 */
const SCRIPT_LEADING: Partial<Record<Lang, number>> = { ar: 1.4 };

/** The same page in every language, as paths under the base (for hreflang and the switch). */
export function pageInLangs(url: URL): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((l) => [l, pathInLang(url.pathname, BASE, l)])) as Record<Lang, string>;
}

/** A static map's words in a translation; undefined in English (the maps' own defaults). */
export function staticMapLanguage(lang: Lang): StaticMapLanguage | undefined {
  if (lang === 'en') return undefined;
  const t = ui(lang);
  return {
    name: (english) => nameIn(lang, english),
    approximate: t.common.approximate,
    highlighted: t.map.highlightedWord,
    mapOf: t.map.mapOfList,
    region: t.map.region,
    sep: t.words.listSep,
    legend: t.legend,
    km: t.figures.km,
    m: t.figures.m,
    ...(LANG_DIR[lang] === 'rtl' ? { direction: 'rtl' as const } : {}),
    ...(SCRIPT_LEADING[lang] ? { leading: SCRIPT_LEADING[lang] } : {}),
  };
}

/** Every name the live map can draw (the sources' features), English → the language. */
function mapNames(lang: Lang): Record<string, string> {
  const sources = loadSources();
  const names = SOURCE_IDS.filter((s) => s !== 'world').flatMap((s) =>
    sources[s].features.map((f) => f.properties?.name).filter((n): n is string => typeof n === 'string'));
  return Object.fromEntries([...new Set(names)].map((n) => [n, nameIn(lang, n)]));
}

/** The live map's labels in a translation, for the stage's data-label-language; undefined in English. */
export function liveLabelLanguage(lang: Lang): string | undefined {
  if (lang === 'en') return undefined;
  const t = ui(lang);
  return jsonForScript({
    names: mapNames(lang), approximate: `${t.words.notesSep}${t.common.approximate}`, font: SCRIPT_FONT[lang],
    km: t.figures.km, m: t.figures.m, legend: t.legend,
  });
}

/** "Chapter 2 of 10" in the page's language. */
export const chapterOf = (lang: Lang, n: number, total: number) => fill(ui(lang).common.chapterOf, { n, total });
