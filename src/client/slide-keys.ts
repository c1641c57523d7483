/**
 * Keyboard control shared by the slides and the presenter's window: it
 * turns key presses (src/client/keys.ts) into moves, and keeps the
 * digits typed so far until Enter jumps to that slide.
 */
import { keyAction } from './keys';
import { jumpTarget, moveIndex, pushDigit } from './slide-number';

export interface SlideKeyOptions {
  total: number;
  index(): number;
  go(index: number): void;
  fullscreen?(): void;
  notes?(): void;
  /** The digits typed so far ('' when none), to show on screen. */
  onDigits?(digits: string): void;
}

/** Typed digits are forgotten after this long without Enter. */
const DIGIT_TIMEOUT_MS = 3000;

export function bindSlideKeys(options: SlideKeyOptions): () => void {
  const { total } = options;
  let digits = '';
  let timer = 0;
  const setDigits = (next: string) => {
    digits = next;
    clearTimeout(timer);
    if (next) timer = window.setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    options.onDigits?.(next);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const action = keyAction(e);
    if (!action) return;
    // Space and Enter on a focused button or link press it; they are not
    // also a move (unless Enter completes a typed slide number).
    const target = e.target instanceof Element ? e.target : null;
    // Keys inside an open dialog (the Embed dialog) belong to the dialog.
    if (target?.closest('dialog[open]')) return;
    const onControl = target?.closest('button, a[href], input, select, textarea, summary, [contenteditable]');
    if (onControl && (e.key === ' ' || (e.key === 'Enter' && !digits))) return;
    switch (action.type) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        setDigits('');
        options.go(moveIndex(options.index(), action.type, total));
        break;
      case 'digit':
        setDigits(pushDigit(digits, action.digit, total));
        break;
      case 'backspace':
        if (!digits) return;
        setDigits(digits.slice(0, -1));
        break;
      case 'enter': {
        if (!digits) return;
        const target = jumpTarget(digits, total);
        setDigits('');
        if (target !== undefined) options.go(target);
        break;
      }
      case 'cancel':
        if (!digits) return;
        setDigits('');
        break;
      case 'fullscreen':
        if (!options.fullscreen) return;
        options.fullscreen();
        break;
      case 'notes':
        if (!options.notes) return;
        options.notes();
        break;
    }
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    clearTimeout(timer);
  };
}
