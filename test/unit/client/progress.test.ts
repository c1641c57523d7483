// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { showProgress } from '../../../src/client/progress';

describe('showProgress', () => {
  const elements = () => ({
    text: document.createElement('p'),
    fill: document.createElement('div'),
    prev: document.createElement('button'),
    next: document.createElement('button'),
  });

  test('writes the position, fills the bar and says where there is nowhere to go', () => {
    const el = elements();
    showProgress(el, 0, 4);
    expect([el.text.textContent, el.fill.style.width, el.prev.getAttribute('aria-disabled'), el.next.getAttribute('aria-disabled')])
      .toEqual(['1 / 4', '25%', 'true', 'false']);
    showProgress(el, 3, 4);
    expect([el.text.textContent, el.fill.style.width, el.prev.getAttribute('aria-disabled'), el.next.getAttribute('aria-disabled')])
      .toEqual(['4 / 4', '100%', 'false', 'true']);
  });

  test('a surface can word its position, and go without a bar or buttons', () => {
    const text = document.createElement('p');
    showProgress({ text, format: (i, n) => `Chapter ${i + 1} of ${n}` }, 2, 10);
    expect(text.textContent).toBe('Chapter 3 of 10');
  });
});
