/**
 * Typed slide numbers ("1", "0", Enter → slide 10). Pure, so both windows
 * share it.
 */

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
