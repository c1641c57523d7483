import { describe, expect, test } from 'vitest';
import { keyAction } from '../../../src/client/keys-slides';

const act = (key: string, mods: Record<string, boolean> = {}) => keyAction({ key, ...mods })?.type;

describe('keyAction', () => {
  test('clicker and keyboard keys go forward', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(act(key), key).toBe('next');
  });
  test('and back', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(act(key), key).toBe('prev');
    expect(act(' ', { shiftKey: true })).toBe('prev');
  });
  test('Home and End go to the first and last slide', () => {
    expect(act('Home')).toBe('first');
    expect(act('End')).toBe('last');
  });
  test('digits are read as digits, Enter commits, Backspace and Escape edit', () => {
    expect(keyAction({ key: '7' })).toEqual({ type: 'digit', digit: 7 });
    expect(keyAction({ key: '0' })).toEqual({ type: 'digit', digit: 0 });
    expect(act('Enter')).toBe('enter');
    expect(act('Backspace')).toBe('backspace');
    expect(act('Escape')).toBe('cancel');
  });
  test('F toggles full screen and N opens the notes, in either case', () => {
    expect(act('f')).toBe('fullscreen');
    expect(act('F')).toBe('fullscreen');
    expect(act('n')).toBe('notes');
    expect(act('N')).toBe('notes');
  });
  test('browser shortcuts and other keys are left alone', () => {
    expect(act('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(act('f', { ctrlKey: true })).toBeUndefined();
    expect(act('r', { metaKey: true })).toBeUndefined();
    expect(act('Tab')).toBeUndefined();
    expect(act('x')).toBeUndefined();
    expect(act('12')).toBeUndefined();
  });
});
