import { describe, expect, test } from 'vitest';
import { clampIndex, createNavigator, moveIndex } from '../../../src/client/navigator';

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

describe('the navigator', () => {
  test('starts where it is told, kept within the count', () => {
    expect(createNavigator(10, 4).index).toBe(4);
    expect(createNavigator(10, 42).index).toBe(9);
    expect(createNavigator(10).index).toBe(0);
  });

  test('go and step move the index within the ends, and subscribers hear each change once', () => {
    const nav = createNavigator(3);
    const heard: [number, number][] = [];
    nav.subscribe((index, previous) => heard.push([index, previous]));
    nav.step(1);
    nav.step(1);
    nav.step(1); // already at the end: nothing to hear
    nav.go(0);
    nav.go(0); // no change
    nav.go(-5); // clamped to 0: no change
    expect(heard).toEqual([[1, 0], [2, 1], [0, 2]]);
    expect(nav.index).toBe(0);
  });

  test('unsubscribing stops the listener; the others go on', () => {
    const nav = createNavigator(5);
    const a: number[] = [];
    const b: number[] = [];
    const stopA = nav.subscribe((i) => a.push(i));
    nav.subscribe((i) => b.push(i));
    nav.go(2);
    stopA();
    nav.go(3);
    expect(a).toEqual([2]);
    expect(b).toEqual([2, 3]);
  });

  test('a subscriber that moves the navigator again: every listener ends on the newest index, never a stale one', () => {
    const nav = createNavigator(5);
    const heard: number[] = [];
    nav.subscribe((i) => { if (i === 1) nav.go(2); });
    nav.subscribe((i) => heard.push(i));
    nav.go(1);
    expect(nav.index).toBe(2);
    expect(heard).toEqual([2]);
  });
});
