import { describe, expect, test } from 'vitest';
import { jumpTarget, pushDigit } from '../../../src/client/slide-number';

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
