/**
 * What the pages need of a chapter beyond its data, assembled at build time
 * from the model and the geodata: its prose with the figures filled in, its
 * map in words, and its map camera for the browser.
 */
import type { ChapterEntry } from '../model/chapters';
import type { FeatureId } from '../model/ids';
import { figureTexts, publishedTexts } from '../geo/figures';
import { featureBounds, findFeature, loadSources, propertiesOf } from '../geo/layers';
import { fillFigures } from './fill-figures';
import { describeChapterMap, mapPhrases } from './map-description';
import { toMapChapter } from './map-chapters';
import type { Lang } from '../model/lang';
import { figureTextIn } from '../model/ui';
import { nameIn } from '../model/glossary';

/** The language of a chapter entry: its collection says (model/chapters.ts). */
export const langOfEntry = (entry: Pick<ChapterEntry, 'collection'>): Lang =>
  (entry.collection as string) === 'chaptersAr' ? 'ar' : 'en';

/** A figure's text in a language (model/ui.ts). */
export const figureIn = figureTextIn;

const figuresIn = (lang: Lang, table: Readonly<Record<string, string | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(table).flatMap(([id, text]) => (text === undefined ? [] : [[id, figureIn(lang, text)]])));

export const mapChapters = (entries: readonly ChapterEntry[]) =>
  entries.map((e) => toMapChapter(e.id, e.data, featureBounds, annotationAnchor));

/** The chapter's prose as HTML, with its figures filled in from the geodata. */
export function chapterProse(entry: ChapterEntry): string {
  const html = entry.rendered?.html ?? '';
  const file = entry.filePath ?? `src/content/chapters/${entry.id}.md`;
  const lang = langOfEntry(entry);
  return fillFigures(html, figuresIn(lang, figureTexts()), file, figuresIn(lang, publishedTexts()));
}

/** The chapter's map in words (see map-description.ts). */
export function chapterMapDescription(entry: ChapterEntry): string {
  const lang = langOfEntry(entry);
  const figures = figuresIn(lang, figureTexts());
  const facts = (id: FeatureId) => {
    const p = propertiesOf(findFeature(id));
    return { name: nameIn(lang, p.name), approximate: p.approximate };
  };
  return describeChapterMap(entry.data, facts, figures, mapPhrases(lang));
}

/** Where a call-out goes: a point itself, else the label point of an area, else the middle of the feature's box. */
export function annotationAnchor(id: FeatureId): [number, number] {
  const f = findFeature(id);
  if (f.geometry?.type === 'Point') return f.geometry.coordinates.slice(0, 2) as [number, number];
  const label = loadSources().points.features.find((p) => p.properties?.for === id);
  if (label?.geometry?.type === 'Point') return label.geometry.coordinates.slice(0, 2) as [number, number];
  const [w, s, e, n] = featureBounds([id]);
  return [(w + e) / 2, (s + n) / 2];
}
