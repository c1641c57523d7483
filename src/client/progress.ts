/**
 * The progress display of a surface: "3 / 10" (or "Chapter 3 of 10"), a
 * filled bar, and previous / next buttons that say when there is nowhere to
 * go. Buttons use aria-disabled (a disabled button drops keyboard focus to
 * the body and the reader loses their place).
 */
export interface ProgressElements {
  text?: HTMLElement | null;
  fill?: HTMLElement | null;
  prev?: HTMLElement | null;
  next?: HTMLElement | null;
  /** How the position reads; "3 / 10" by default. */
  format?: (index: number, count: number) => string;
}

export const slashPosition = (index: number, count: number) => `${index + 1} / ${count}`;

export function showProgress(el: ProgressElements, index: number, count: number): void {
  if (el.text) el.text.textContent = (el.format ?? slashPosition)(index, count);
  if (el.fill) el.fill.style.width = `${((index + 1) / count) * 100}%`;
  el.prev?.setAttribute('aria-disabled', String(index === 0));
  el.next?.setAttribute('aria-disabled', String(index === count - 1));
}
