/**
 * The slides' own keys, on top of the moves every surface has
 * (key-binding.ts): digits typed then Enter jump to that slide (shown as
 * "Go to slide 1… (Enter)" until then), F toggles full screen, N opens the
 * presenter's window. Shared by the slides and the presenter's window.
 */
import type { Handled } from './key-binding';
import type { KeyAction } from './keys';
import type { Navigator } from './navigator';
import { jumpTarget, pushDigit } from './slide-number';

export interface SlideKeyOptions {
  nav: Navigator;
  move?(index: number): void;
  fullscreen?(): void;
  notes?(): void;
  /** Where the digits typed so far are shown; hidden when there are none. */
  digits?: HTMLElement | null;
}

/** Typed digits are forgotten after this long without Enter. */
const DIGIT_TIMEOUT_MS = 3000;

export function slideKeyHandler(options: SlideKeyOptions): (action: KeyAction, event: KeyboardEvent) => Handled {
  const { nav } = options;
  const move = options.move ?? ((index: number) => nav.go(index));
  let digits = '';
  let timer = 0;
  const setDigits = (next: string) => {
    digits = next;
    clearTimeout(timer);
    if (next) timer = window.setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    if (options.digits) {
      options.digits.hidden = !next;
      options.digits.textContent = next ? (options.digits.dataset.template ?? 'Go to slide {n}… (Enter)').replace('{n}', next) : '';
    }
  };
  return (action, e) => {
    // Space and Enter on a focused button or link press it; they are not
    // also a move (unless Enter completes a typed slide number).
    const onControl = e.target instanceof Element && e.target.closest('button, a[href], input, select, textarea, summary, [contenteditable]');
    if (onControl && (e.key === ' ' || (e.key === 'Enter' && !digits))) return 'ignore';
    switch (action.type) {
      case 'digit':
        setDigits(pushDigit(digits, action.digit, nav.count));
        return 'done';
      case 'backspace':
        if (!digits) return 'ignore';
        setDigits(digits.slice(0, -1));
        return 'done';
      case 'enter': {
        if (!digits) return 'ignore';
        const target = jumpTarget(digits, nav.count);
        setDigits('');
        if (target !== undefined) move(target);
        return 'done';
      }
      case 'cancel':
        if (!digits) return 'ignore';
        setDigits('');
        return 'done';
      case 'fullscreen':
        if (!options.fullscreen) return 'ignore';
        options.fullscreen();
        return 'done';
      case 'notes':
        if (!options.notes) return 'ignore';
        options.notes();
        return 'done';
      default:
        setDigits('');
        return 'move';
    }
  };
}
