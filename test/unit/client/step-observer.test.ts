// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { observeSteps } from '../../../src/client/step-observer';

/** Sections stacked 1000 px tall each, the page scrolled by `scroll()`. */
function page(count: number) {
  let scrollY = 0;
  const steps = Array.from({ length: count }, (_, i) => {
    const el = document.createElement('section');
    el.getBoundingClientRect = () => ({ top: i * 1000 - scrollY, bottom: (i + 1) * 1000 - scrollY } as DOMRect);
    el.scrollIntoView = () => { scrollY = i * 1000; };
    document.body.append(el);
    return el;
  });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  return { steps, scroll: (y: number) => { scrollY = y; window.dispatchEvent(new Event('scroll')); } };
}

afterEach(() => { document.body.replaceChildren(); vi.useRealTimers(); });

describe('the step observer', () => {
  test('reports the chapter under the reading line (mid-screen) at once', () => {
    const { steps } = page(3);
    expect(observeSteps(steps).index).toBe(0);
  });

  test('follows scrolling, one frame later, and tells its subscribers only of changes', async () => {
    const { steps, scroll } = page(3);
    const observer = observeSteps(steps);
    const heard: number[] = [];
    observer.subscribe((i) => heard.push(i));
    scroll(1000); // line at 1400: chapter 2
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    scroll(1100); // still chapter 2
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    scroll(2000);
    observer.update();
    expect(heard).toEqual([1, 2]);
    expect(observer.index).toBe(2);
  });

  test('an unsubscribed listener hears nothing more', () => {
    const { steps, scroll } = page(3);
    const observer = observeSteps(steps);
    const heard: number[] = [];
    const stop = observer.subscribe((i) => heard.push(i));
    stop();
    scroll(2000);
    observer.update();
    expect(heard).toEqual([]);
  });

  test('a resize keeps a reader mid-story on their chapter, but never scrolls a reader still at the headline', () => {
    const { steps, scroll } = page(3);
    let jumped = 0;
    steps.forEach((el) => { const to = el.scrollIntoView; el.scrollIntoView = () => { jumped++; to.call(el); }; });
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    // At the top, the headline fills the screen: the first chapter starts below the reading line.
    const first = steps[0]!.getBoundingClientRect;
    steps[0]!.getBoundingClientRect = () => ({ top: 600, bottom: 1600 } as DOMRect);
    const observer = observeSteps(steps);
    window.dispatchEvent(new Event('resize'));
    expect(jumped).toBe(0);
    steps[0]!.getBoundingClientRect = first;
    scroll(1000);
    observer.update();
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    // The layout moved under the reader: chapter 2 is no longer at the reading line.
    steps[1]!.getBoundingClientRect = () => ({ top: 900, bottom: 1900 } as DOMRect);
    window.dispatchEvent(new Event('resize'));
    expect(jumped).toBe(1);
  });
});
