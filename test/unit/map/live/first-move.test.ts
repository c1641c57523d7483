import { describe, expect, test, vi } from 'vitest';
import { FIRST_MOVE_EVENTS, startOnFirstMove } from '../../../../src/map/live/first-move';

describe('startOnFirstMove', () => {
  test('does nothing until the reader moves', () => {
    const start = vi.fn();
    const target = new EventTarget();
    startOnFirstMove(start, target);
    target.dispatchEvent(new Event('load'));
    target.dispatchEvent(new Event('resize'));
    expect(start).not.toHaveBeenCalled();
  });

  test.each(FIRST_MOVE_EVENTS)('starts once at the first %s, whatever follows', (type) => {
    const start = vi.fn();
    const target = new EventTarget();
    startOnFirstMove(start, target);
    target.dispatchEvent(new Event(type));
    for (const other of FIRST_MOVE_EVENTS) target.dispatchEvent(new Event(other));
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('the returned function starts it now, and a later move does not start it again', () => {
    const start = vi.fn();
    const target = new EventTarget();
    const now = startOnFirstMove(start, target);
    now();
    now();
    target.dispatchEvent(new Event('keydown'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('listens for scroll, touch, pointer and keys (not clicks alone, which come after pointerdown)', () => {
    expect([...FIRST_MOVE_EVENTS].sort()).toEqual(['keydown', 'pointerdown', 'pointermove', 'scroll', 'touchstart', 'wheel']);
  });
});
