/**
 * The step observer: as the reader scrolls, it reports only "chapter N is
 * being read" (activeStep, from where the chapters are on screen). It is the
 * scrolling story's input to the navigator (navigator.ts), which everything
 * else follows.
 */
import { activeStep } from './active-step';

export interface StepObserver {
  /** The index of the active step. */
  readonly index: number;
  /** Listen for changes; returns an unsubscribe function. */
  subscribe(listener: (index: number) => void): () => void;
  /** Recompute now (e.g. after the layout changed). */
  update(): void;
}

export interface StepObserverOptions {
  /** The reading line as a fraction of the viewport height. */
  line?: number;
}

export function observeSteps(steps: readonly HTMLElement[], options: StepObserverOptions = {}): StepObserver {
  const lineFraction = options.line ?? 0.5;
  const listeners = new Set<(index: number) => void>();
  let index = -1;
  let frame = 0;

  const measure = () => {
    frame = 0;
    const line = innerHeight * lineFraction;
    const next = activeStep(
      steps.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
      line,
    );
    if (next !== index) {
      index = next;
      listeners.forEach((l) => l(index));
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  // A resize or rotation reflows the text (phones stack cards over the map,
  // wide screens put them side by side), so the same scroll offset may land
  // in another chapter. Keep the reader on the chapter they were reading.
  const keep = () => {
    const el = steps[index];
    // A reader still at the top of the page (the headline) has not started
    // reading a chapter: a resize there must not scroll them away from it
    // (on phones a resize can come with no move at all, as the layout settles).
    if (el && scrollY > 0) {
      const line = innerHeight * lineFraction;
      const r = el.getBoundingClientRect();
      if (!(r.top <= line && r.bottom > line)) el.scrollIntoView({ block: 'start' });
    }
    schedule();
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', keep, { passive: true });
  measure();

  return {
    get index() {
      return index;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: measure,
  };
}
