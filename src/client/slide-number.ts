/**
 * Slide arithmetic: where a move lands, and the typed slide number
 * ("1", "0", Enter → slide 10). Pure, so both windows share it.
 */

/** The index kept within 0 … total − 1. */
export function clampIndex(index: number, total: number): number {
  if (total <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(total - 1, Math.max(0, Math.trunc(index)));
}

export type Move = 'next' | 'prev' | 'first' | 'last';

/** The slide a move lands on (it stops at the ends: no wrap-around mid-lesson). */
export function moveIndex(index: number, move: Move, total: number): number {
  switch (move) {
    case 'next':
      return clampIndex(index + 1, total);
    case 'prev':
      return clampIndex(index - 1, total);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(total - 1, total);
  }
}

/** The digits typed so far; at most as many as the largest slide number has. */
export function pushDigit(buffer: string, digit: number, total: number): string {
  const max = String(total).length;
  const next = `${buffer}${digit}`;
  return next.length > max ? next.slice(-max) : next;
}

/**
 * The index the typed number names (slide numbers start at 1), or undefined
 * when nothing was typed or the number is not a slide.
 */
export function jumpTarget(buffer: string, total: number): number | undefined {
  if (!/^[0-9]+$/.test(buffer)) return undefined;
  const n = Number(buffer);
  return n >= 1 && n <= total ? n - 1 : undefined;
}
