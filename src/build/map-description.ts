/**
 * A chapter's map in words, generated from its data: what the map frames,
 * what it highlights and shows, which features are approximate, and the
 * figures that belong to them. Screen readers hear it when the chapter
 * changes; it captions the chapter's static map; it needs no map at all.
 */
import { drawnFeatures, type FeatureId } from '../model/ids';
import type { ChapterData } from '../model/chapter-schema';
import { listInWords, nameWithNotes } from '../util/words';
import { fill, ui } from '../model/ui';

export { listInWords };

/** Which computed figure belongs to which feature. */
export const FEATURE_FIGURES: Partial<Record<FeatureId, string>> = {
  'gaza-strip': 'gazaAreaKm2',
  'rafah-governorate': 'rafahGovernorateAreaKm2',
  'egypt-gaza-border': 'egyptGazaBorderKm',
  'philadelphi-corridor': 'philadelphiKm',
  'arc-cairo': 'distanceCairoKm',
  'arc-doha': 'distanceDohaKm',
  'arc-ankara': 'distanceAnkaraKm',
  'arc-abu-dhabi': 'distanceAbuDhabiKm',
  'arc-washington': 'distanceWashingtonKm',
  'arc-astana': 'distanceAstanaKm',
};

export interface FeatureFacts {
  name: string;
  approximate: boolean;
}

/** The sentences and separators of the map in words, from a language's dictionary. */
export interface MapPhrases {
  map: Pick<ReturnType<typeof ui>['map'], 'frames' | 'centred' | 'highlighted' | 'alsoShown' | 'shown'>;
  words: ReturnType<typeof ui>['words'];
  approximate: string;
}

const ENGLISH: MapPhrases = { map: ui('en').map, words: ui('en').words, approximate: ui('en').common.approximate };

/** A language's phrases for the map in words. */
export const mapPhrases = (lang: Parameters<typeof ui>[0]): MapPhrases => ({ map: ui(lang).map, words: ui(lang).words, approximate: ui(lang).common.approximate });

export function describeChapterMap(
  data: Pick<ChapterData, 'view' | 'layers'>,
  facts: (id: FeatureId) => FeatureFacts,
  figures: Readonly<Record<string, string>>,
  phrases: MapPhrases = ENGLISH,
): string {
  const { map, words } = phrases;
  const list = (items: readonly string[]) => listInWords(items, words.listSep, words.listLast);
  const word = (id: FeatureId) => {
    const f = facts(id);
    const figure = FEATURE_FIGURES[id] && figures[FEATURE_FIGURES[id]!];
    return nameWithNotes(f.name, [figure, f.approximate && phrases.approximate], words.notesSep);
  };
  const highlighted = [...data.layers.highlight];
  const shown = [...new Set(data.layers.show.flatMap((l) => drawnFeatures(l, highlighted)))].filter(
    (id) => !highlighted.includes(id),
  );
  const where = data.view.fit
    ? fill(map.frames, { list: list(data.view.fit.map((id) => facts(id).name)) })
    : fill(map.centred, { lat: data.view.center![1].toFixed(2), lon: data.view.center![0].toFixed(2) });
  const parts = [where];
  if (highlighted.length) parts.push(fill(map.highlighted, { list: list(highlighted.map(word)) }));
  if (shown.length) parts.push(fill(highlighted.length ? map.alsoShown : map.shown, { list: list(shown.map(word)) }));
  return parts.join(' ');
}
