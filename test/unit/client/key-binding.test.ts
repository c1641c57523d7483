// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { bindKeys } from '../../../src/client/key-binding';
import { cardKeys } from '../../../src/client/keys-card';
import { scrollKeys } from '../../../src/client/keys-scroll';
import { slideKeys } from '../../../src/client/keys-slides';
import { createNavigator } from '../../../src/client/navigator';
import { slideKeyHandler } from '../../../src/client/slide-keys';

let unbind: (() => void) | undefined;
afterEach(() => { unbind?.(); document.body.replaceChildren(); });

const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

describe('keys move the navigator', () => {
  test('cards: → and ← step inside the frame, and the page does not scroll', () => {
    const nav = createNavigator(3);
    unbind = bindKeys({ keys: cardKeys, nav });
    const e = press('ArrowRight');
    expect(nav.index).toBe(1);
    expect(e.defaultPrevented).toBe(true);
    press('ArrowLeft');
    press('ArrowLeft'); // stops at the first chapter
    expect(nav.index).toBe(0);
    expect(press('j').defaultPrevented).toBe(false); // not a card key
  });

  test('the story: J and K move by scrolling (the move it is given), and leave the browser its keys', () => {
    const nav = createNavigator(5, 2);
    const moves: number[] = [];
    unbind = bindKeys({ keys: scrollKeys, nav, move: (i) => moves.push(i), passive: true });
    expect(press('j').defaultPrevented).toBe(false);
    press('K');
    expect(moves).toEqual([3, 1]);
    expect(nav.index).toBe(2); // the scroll observer moves the navigator, not the keys
  });

  test('keys typed into a field or an open dialog, or with Ctrl held, are not moves', () => {
    const nav = createNavigator(3);
    unbind = bindKeys({ keys: cardKeys, nav });
    const input = document.createElement('input');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const inDialog = document.createElement('button');
    dialog.append(inDialog);
    document.body.append(input, dialog);
    press('ArrowRight', input);
    press('ArrowRight', inDialog);
    press('ArrowRight', document.body, { ctrlKey: true });
    expect(nav.index).toBe(0);
  });
});

describe('the slides’ own keys', () => {
  const slides = () => {
    const nav = createNavigator(10);
    const digits = document.createElement('p');
    let full = 0;
    let notes = 0;
    unbind = bindKeys({ keys: slideKeys, nav, handle: slideKeyHandler({ nav, digits, fullscreen: () => full++, notes: () => notes++ }) });
    return { nav, digits, full: () => full, notes: () => notes };
  };

  test('digits then Enter jump to that slide, and the digits are shown until then', () => {
    const { nav, digits } = slides();
    press('1');
    press('0');
    expect(digits.hidden).toBe(false);
    expect(digits.textContent).toBe('Go to slide 10… (Enter)');
    press('Enter');
    expect(nav.index).toBe(9);
    expect(digits.hidden).toBe(true);
  });

  test('Escape forgets the digits; a move forgets them too; Backspace takes one back', () => {
    const { nav, digits } = slides();
    press('4');
    press('Escape');
    press('Enter');
    expect(nav.index).toBe(0);
    press('7');
    press('PageDown');
    expect(digits.textContent).toBe('');
    expect(nav.index).toBe(1);
    press('2');
    press('5');
    press('Backspace');
    press('Enter');
    expect(nav.index).toBe(1); // slide 2
  });

  test('Home, End, Space and clickers; F and N', () => {
    const { nav, full, notes } = slides();
    press('End');
    expect(nav.index).toBe(9);
    press('Home');
    press(' ');
    expect(nav.index).toBe(1);
    press('f');
    press('N');
    expect([full(), notes()]).toEqual([1, 1]);
  });

  test('Space on a focused button presses the button, not the slide', () => {
    const { nav } = slides();
    const button = document.createElement('button');
    document.body.append(button);
    const e = press(' ', button);
    expect(nav.index).toBe(0);
    expect(e.defaultPrevented).toBe(false);
  });
});
