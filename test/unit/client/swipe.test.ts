// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { bindSwipe, swipeMove } from '../../../src/client/swipe';

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

describe('bindSwipe', () => {
  // A finger's pointer events on an element (happy-dom's PointerEvent).
  const finger = (target: EventTarget, x0: number, x1: number, type = 'touch', y1 = 300) => {
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 3, pointerType: type, clientX: x0, clientY: 300 }));
    target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 3, pointerType: type, clientX: x1, clientY: y1 }));
  };

  test('a leftward swipe steps forward, a rightward one back; a tap, a mouse drag and a vertical drag do nothing', () => {
    const el = document.createElement('div');
    const moves: number[] = [];
    const stop = bindSwipe(el, (d) => moves.push(d));
    finger(el, 400, 200);
    finger(el, 200, 400);
    finger(el, 300, 305);
    finger(el, 400, 100, 'mouse');
    finger(el, 300, 260, 'touch', 600);
    stop();
    finger(el, 400, 200);
    expect(moves).toEqual([1, -1]);
  });

  test('a gesture that starts on an ignored part (the toolbar) is not a swipe', () => {
    const root = document.createElement('div');
    const bar = Object.assign(document.createElement('nav'), { className: 'toolbar' });
    root.append(bar);
    const moves: number[] = [];
    bindSwipe(root, (d) => moves.push(d), { ignore: '.toolbar' });
    finger(bar, 400, 100);
    expect(moves).toEqual([]);
  });
});
