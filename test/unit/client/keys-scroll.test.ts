import { describe, expect, test } from 'vitest';
import { clampIndex } from '../../../src/client/navigator';
import { stepForKey } from '../../../src/client/keys-scroll';

const storyKey = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the story’s keys (scroll mode)', () => {
  test('J goes forward and K back', () => {
    expect(stepForKey(storyKey('j'), null)).toBe(1);
    expect(stepForKey(storyKey('K'), null)).toBe(-1);
  });
  test('other keys, modifiers and typing are left alone', () => {
    expect(stepForKey(storyKey('ArrowDown'), null)).toBe(0);
    expect(stepForKey(storyKey('j', { ctrlKey: true }), null)).toBe(0);
    expect(stepForKey(storyKey('j'), { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(0);
  });
  test('keys inside an open dialog belong to the dialog', () => {
    const inDialog = { tagName: 'BUTTON', isContentEditable: false, closest: (s: string) => (s === 'dialog[open]' ? {} : null) };
    const onPage = { tagName: 'BUTTON', isContentEditable: false, closest: () => null };
    expect(stepForKey(storyKey('j'), inDialog as unknown as EventTarget)).toBe(0);
    expect(stepForKey(storyKey('j'), onPage as unknown as EventTarget)).toBe(1);
  });
  test('steps stay within the story', () => {
    expect(clampIndex(0 - 1, 10)).toBe(0);
    expect(clampIndex(9 + 1, 10)).toBe(9);
    expect(clampIndex(4 + 1, 10)).toBe(5);
  });
});
