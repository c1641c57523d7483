/**
 * A chapter's map in words, generated from its data: what the map frames,
 * what it highlights and shows, which features are approximate, and the
 * figures that belong to them. Screen readers hear it when the chapter
 * changes; it captions the chapter's static map; it needs no map at all.
 */
import { drawnFeatures, type FeatureId } from '../model/ids';
import type { ChapterData } from '../model/chapter-schema';
import { listInWords, nameWithNotes } from '../util/words';

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

export function describeChapterMap(
  data: Pick<ChapterData, 'view' | 'layers'>,
  facts: (id: FeatureId) => FeatureFacts,
  figures: Readonly<Record<string, string>>,
): string {
  const word = (id: FeatureId) => {
    const f = facts(id);
    const figure = FEATURE_FIGURES[id] && figures[FEATURE_FIGURES[id]!];
    return nameWithNotes(f.name, [figure, f.approximate && 'approximate']);
  };
  const highlighted = [...data.layers.highlight];
  const shown = [...new Set(data.layers.show.flatMap((l) => drawnFeatures(l, highlighted)))].filter(
    (id) => !highlighted.includes(id),
  );
  const where = data.view.fit
    ? `The map frames ${listInWords(data.view.fit.map((id) => facts(id).name))}.`
    : `The map is centred at ${data.view.center![1].toFixed(2)}° N, ${data.view.center![0].toFixed(2)}° E.`;
  const parts = [where];
  if (highlighted.length) parts.push(`Highlighted: ${listInWords(highlighted.map(word))}.`);
  if (shown.length) parts.push(`${highlighted.length ? 'Also shown' : 'Shown'}: ${listInWords(shown.map(word))}.`);
  return parts.join(' ');
}
