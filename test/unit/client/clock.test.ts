import { describe, expect, test } from 'vitest';
import { formatElapsed } from '../../../src/client/clock';

describe('formatElapsed', () => {
  test('shows minutes and seconds, then hours past an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(61_000)).toBe('01:01');
    expect(formatElapsed(45 * 60_000 + 7_000)).toBe('45:07');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 9_000)).toBe('1:05:09');
  });
  test('a negative or broken duration shows zero', () => {
    expect(formatElapsed(-5000)).toBe('00:00');
    expect(formatElapsed(Number.NaN)).toBe('00:00');
  });
});
