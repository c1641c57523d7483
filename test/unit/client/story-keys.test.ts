import { describe, expect, test } from 'vitest';
import { clampStep, stepForKey } from '../../../src/client/story-keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('chapter keys', () => {
  test('J goes forward and K back', () => {
    expect(stepForKey(key('j'), null)).toBe(1);
    expect(stepForKey(key('K'), null)).toBe(-1);
  });
  test('other keys, modifiers and typing are left alone', () => {
    expect(stepForKey(key('ArrowDown'), null)).toBe(0);
    expect(stepForKey(key('j', { ctrlKey: true }), null)).toBe(0);
    expect(stepForKey(key('j'), { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(0);
  });
  test('keys inside an open dialog belong to the dialog', () => {
    const inDialog = { tagName: 'BUTTON', isContentEditable: false, closest: (s: string) => (s === 'dialog[open]' ? {} : null) };
    const onPage = { tagName: 'BUTTON', isContentEditable: false, closest: () => null };
    expect(stepForKey(key('j'), inDialog as unknown as EventTarget)).toBe(0);
    expect(stepForKey(key('j'), onPage as unknown as EventTarget)).toBe(1);
  });
  test('steps stay within the story', () => {
    expect(clampStep(0, -1, 10)).toBe(0);
    expect(clampStep(9, 1, 10)).toBe(9);
    expect(clampStep(4, 1, 10)).toBe(5);
  });
});
