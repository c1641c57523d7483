import { describe, expect, test } from 'vitest';
import { chapterFromHash } from '../../../src/client/hash';

const ids = ['proposal', 'rafah', 'the-200'] as const;

describe('chapterFromHash', () => {
  test('reads a known chapter id', () => {
    expect(chapterFromHash('#the-200', ids)).toBe('the-200');
  });
  test('ignores unknown ids', () => {
    expect(chapterFromHash('#nowhere', ids)).toBeUndefined();
  });
  test('ignores hostile or malformed hashes', () => {
    expect(chapterFromHash('#<img src=x onerror=alert(1)>', ids)).toBeUndefined();
    expect(chapterFromHash('#%E0%A4%A', ids)).toBeUndefined();
    expect(chapterFromHash('', ids)).toBeUndefined();
  });
  test('decodes percent-encoding before comparing', () => {
    expect(chapterFromHash('#the%2D200', ids)).toBe('the-200');
  });
});
