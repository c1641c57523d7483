import { describe, expect, test } from 'vitest';
import { clampIndex, jumpTarget, moveIndex, pushDigit } from '../../../src/client/slide-number';

describe('clampIndex', () => {
  test('keeps an index within the slides', () => {
    expect(clampIndex(-3, 10)).toBe(0);
    expect(clampIndex(4, 10)).toBe(4);
    expect(clampIndex(12, 10)).toBe(9);
    expect(clampIndex(2.7, 10)).toBe(2);
    expect(clampIndex(Number.NaN, 10)).toBe(0);
    expect(clampIndex(3, 0)).toBe(0);
  });
});

describe('moveIndex', () => {
  test('steps and stops at the ends', () => {
    expect(moveIndex(0, 'next', 10)).toBe(1);
    expect(moveIndex(9, 'next', 10)).toBe(9);
    expect(moveIndex(0, 'prev', 10)).toBe(0);
    expect(moveIndex(5, 'prev', 10)).toBe(4);
    expect(moveIndex(5, 'first', 10)).toBe(0);
    expect(moveIndex(2, 'last', 10)).toBe(9);
  });
});

describe('typed slide numbers', () => {
  test('digits accumulate up to the width of the largest slide number', () => {
    expect(pushDigit('', 1, 10)).toBe('1');
    expect(pushDigit('1', 0, 10)).toBe('10');
    // A third digit starts over from the last two typed.
    expect(pushDigit('10', 3, 10)).toBe('03');
    expect(pushDigit('', 4, 9)).toBe('4');
    expect(pushDigit('4', 5, 9)).toBe('5');
  });
  test('a slide number becomes an index; anything else is no jump', () => {
    expect(jumpTarget('1', 10)).toBe(0);
    expect(jumpTarget('10', 10)).toBe(9);
    expect(jumpTarget('03', 10)).toBe(2);
    expect(jumpTarget('0', 10)).toBeUndefined();
    expect(jumpTarget('11', 10)).toBeUndefined();
    expect(jumpTarget('', 10)).toBeUndefined();
    expect(jumpTarget('1a', 10)).toBeUndefined();
  });
});
