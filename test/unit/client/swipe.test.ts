import { describe, expect, test } from 'vitest';
import { swipeMove } from '../../../src/client/swipe';

describe('swipeMove', () => {
  test('a leftward swipe shows the next slide, a rightward one the previous', () => {
    expect(swipeMove(-120, 10)).toBe('next');
    expect(swipeMove(120, -10)).toBe('prev');
  });
  test('taps, short drags and mostly vertical drags are not swipes', () => {
    expect(swipeMove(0, 0)).toBeUndefined();
    expect(swipeMove(-30, 0)).toBeUndefined();
    expect(swipeMove(-80, 70)).toBeUndefined();
    expect(swipeMove(10, 200)).toBeUndefined();
  });
});
