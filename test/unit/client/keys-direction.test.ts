/**
 * Keys follow the reading direction (issue 16): on a right-to-left page the
 * arrow pointing the way the text reads (←) moves forward and → back, on the
 * slides and on an embed's card; PageDown, Space and clickers always move forward.
 */
import { describe, expect, test } from 'vitest';
import { slideKeysFor } from '../../../src/client/keys-slides';
import { cardKeysFor } from '../../../src/client/keys-card';

describe('slides, right to left', () => {
  const keys = slideKeysFor('rtl');
  test.each([
    ['ArrowLeft', 'next'], ['ArrowRight', 'prev'], ['PageDown', 'next'], [' ', 'next'], ['PageUp', 'prev'],
    ['ArrowDown', 'next'], ['ArrowUp', 'prev'], ['Home', 'first'], ['End', 'last'],
  ])('%s → %s', (key, type) => {
    expect(keys({ key })?.type).toBe(type);
  });
  test('left to right is unchanged', () => {
    expect(slideKeysFor('ltr')({ key: 'ArrowRight' })?.type).toBe('next');
    expect(slideKeysFor('')({ key: 'ArrowLeft' })?.type).toBe('prev');
  });
  test('shortcuts stay the browser\'s', () => {
    expect(keys({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
  });
});

describe('an embed card, right to left', () => {
  test('← forward, → back; left to right the other way', () => {
    expect(cardKeysFor('rtl')({ key: 'ArrowLeft' })?.type).toBe('next');
    expect(cardKeysFor('rtl')({ key: 'ArrowRight' })?.type).toBe('prev');
    expect(cardKeysFor('ltr')({ key: 'ArrowRight' })?.type).toBe('next');
  });
});
