import { describe, expect, test } from 'vitest';
import { CHAPTER_IDS, FEATURE_IDS, LAYER_FEATURES, LAYER_IDS } from '../../../src/model/ids';

describe('catalog', () => {
  test('has the ten chapter ids of DESIGN.md in story order', () => {
    expect(CHAPTER_IDS).toEqual([
      'proposal', 'rafah', 'ceasefire', 'the-200', 'the-deal', 'next-phase',
      'international-force', 'border-security', 'abraham-accords', 'open-questions',
    ]);
  });
  test('every layer lists its features and every feature is drawn by some layer', () => {
    expect(Object.keys(LAYER_FEATURES).sort()).toEqual([...LAYER_IDS].sort());
    const drawn = new Set<string>(Object.values(LAYER_FEATURES).flat());
    const undrawn = FEATURE_IDS.filter((id) => !drawn.has(id) && id !== 'united-states');
    expect(undrawn).toEqual([]);
  });
});
