/**
 * The step controller: it reports only "chapter N is active". The map
 * director, the URL hash, the live region and the navigation subscribe to it.
 */
import { activeStep } from './active-step';

export interface Stepper {
  /** The index of the active step. */
  readonly index: number;
  /** Listen for changes; returns an unsubscribe function. */
  subscribe(listener: (index: number) => void): () => void;
  /** Recompute now (e.g. after the layout changed). */
  update(): void;
  destroy(): void;
}

export interface StepperOptions {
  /** The reading line as a fraction of the viewport height. */
  line?: number;
  /** Called on every change, before subscribers. */
  onChange?: (index: number) => void;
}

export function createStepper(steps: readonly HTMLElement[], options: StepperOptions = {}): Stepper {
  const lineFraction = options.line ?? 0.5;
  const listeners = new Set<(index: number) => void>();
  let index = -1;
  let frame = 0;

  const measure = () => {
    frame = 0;
    const line = window.innerHeight * lineFraction;
    const next = activeStep(
      steps.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
      line,
    );
    if (next !== index) {
      index = next;
      options.onChange?.(index);
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
    if (el) {
      const line = window.innerHeight * lineFraction;
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
    destroy() {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', keep);
      if (frame) cancelAnimationFrame(frame);
      listeners.clear();
    },
  };
}
