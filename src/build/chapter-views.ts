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
import { describeChapterMap } from './map-description';
import { toMapChapter } from './map-chapters';

export const mapChapters = (entries: readonly ChapterEntry[]) =>
  entries.map((e) => toMapChapter(e.id, e.data, featureBounds, annotationAnchor));

/** The chapter's prose as HTML, with its figures filled in from the geodata. */
export function chapterProse(entry: ChapterEntry): string {
  const html = entry.rendered?.html ?? '';
  const file = entry.filePath ?? `src/content/chapters/${entry.id}.md`;
  return fillFigures(html, figureTexts(), file, publishedTexts() as Record<string, string>);
}

/** The chapter's map in words (see map-description.ts). */
export function chapterMapDescription(entry: ChapterEntry): string {
  const figures = figureTexts();
  const facts = (id: FeatureId) => {
    const p = propertiesOf(findFeature(id));
    return { name: p.name, approximate: p.approximate };
  };
  return describeChapterMap(entry.data, facts, figures);
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
