import { describe, expect, test } from 'vitest';
import { describeChapterMap, listInWords } from '../../../src/build/map-description';
import type { FeatureId } from '../../../src/model/ids';

const names: Partial<Record<FeatureId, string>> = {
  'gaza-strip': 'Gaza Strip', 'rafah-governorate': 'Rafah Governorate', 'egypt-gaza-border': 'Egypt–Gaza border',
  'rafah-crossing': 'Rafah crossing', 'kerem-shalom-crossing': 'Kerem Shalom crossing', 'salah-al-din-gate': 'Salah al-Din gate',
};
const facts = (id: FeatureId) => ({ name: names[id] ?? id, approximate: id === 'rafah-governorate' || id === 'salah-al-din-gate' });
const figures = { gazaAreaKm2: 'about 365 km²', egyptGazaBorderKm: '13 km' };

describe('describeChapterMap', () => {
  test('says what the map frames, highlights and shows, with figures and approximations', () => {
    const text = describeChapterMap(
      { view: { fit: ['rafah-governorate', 'rafah-crossing'], bearing: 0, pitch: 0 },
        layers: { show: ['gaza', 'rafah-governorate', 'crossings', 'egypt-gaza-border'], highlight: ['rafah-governorate', 'rafah-crossing'] } },
      facts, figures,
    );
    expect(text).toBe(
      'The map frames Rafah Governorate and Rafah crossing. ' +
      'Highlighted: Rafah Governorate (approximate) and Rafah crossing. ' +
      'Also shown: Gaza Strip (about 365 km²), Kerem Shalom crossing, Salah al-Din gate (approximate) and Egypt–Gaza border (13 km).',
    );
  });
  test('describes a fixed camera by its centre', () => {
    expect(describeChapterMap({ view: { center: [34.25, 31.3], zoom: 10, bearing: 0, pitch: 0 }, layers: { show: [], highlight: [] } }, facts, figures))
      .toBe('The map is centred at 31.30° N, 34.25° E.');
  });
  test('lists in words', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
