import { describe, expect, test } from 'vitest';
import { parseMessage } from '../../../src/client/channel';

const now = 1_762_500_000_000;
const parse = (data: unknown) => parseMessage(data, 10, now);

describe('parseMessage', () => {
  test('accepts goto with a slide index', () => {
    expect(parse({ type: 'goto', index: 0 })).toEqual({ type: 'goto', index: 0 });
    expect(parse({ type: 'goto', index: 9 })).toEqual({ type: 'goto', index: 9 });
  });
  test('accepts state with a slide index and a start time, and hello', () => {
    expect(parse({ type: 'state', index: 3, startedAt: now - 60_000 })).toEqual({ type: 'state', index: 3, startedAt: now - 60_000 });
    expect(parse({ type: 'hello' })).toEqual({ type: 'hello' });
  });
  test('drops extra fields: only the parsed shape gets through', () => {
    expect(parse({ type: 'goto', index: 2, html: '<img src=x onerror=alert(1)>' })).toEqual({ type: 'goto', index: 2 });
  });
  test('rejects indexes that are not slides', () => {
    for (const index of [-1, 10, 1.5, '3', Number.NaN, Infinity, null, undefined]) {
      expect(parse({ type: 'goto', index }), String(index)).toBeUndefined();
      expect(parse({ type: 'state', index, startedAt: now }), String(index)).toBeUndefined();
    }
  });
  test('rejects a state without a plausible start time', () => {
    for (const startedAt of [undefined, 0, -1, '1', now + 3_600_000, Number.NaN]) {
      expect(parse({ type: 'state', index: 1, startedAt }), String(startedAt)).toBeUndefined();
    }
  });
  test('rejects anything else', () => {
    for (const data of [null, undefined, 'goto', 3, [], ['goto', 1], {}, { type: 'GOTO', index: 1 }, { type: 'navigate', index: 1 }]) {
      expect(parse(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});
