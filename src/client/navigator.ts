/**
 * The navigator: the one index every surface reacts to (the story, the
 * slides, the notes window and the embeds). Inputs move it (the scroll
 * observer, buttons, keys, swipes, the hash, the presenter's channel, an
 * embed's messages); subscribers follow it (the sections, the map stage, the
 * hash, the live region, the progress display, the channel). Pure: no DOM,
 * so it is tested as it is.
 */
export type NavListener = (index: number, previous: number) => void;

export interface Navigator {
  /** The index shown now. */
  readonly index: number;
  readonly count: number;
  /** Show `index` (kept within 0 … count − 1); subscribers hear of it only when it changes. */
  go(index: number): void;
  /** Move by `delta` (±1), stopping at the ends. */
  step(delta: number): void;
  /** Listen for changes; returns the function that stops listening. */
  subscribe(listener: NavListener): () => void;
}

/** The index kept within 0 … count − 1 (the one clamp of the client). */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

export type Move = 'next' | 'prev' | 'first' | 'last';

/** Where a move lands (it stops at the ends: no wrap-around mid-lesson). */
export function moveIndex(index: number, move: Move, total: number): number;
export function moveIndex(index: number, move: string, total: number): number | undefined;
export function moveIndex(index: number, move: string, total: number): number | undefined {
  switch (move) {
    case 'next':
      return clampIndex(index + 1, total);
    case 'prev':
      return clampIndex(index - 1, total);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(total - 1, total);
    default:
      return undefined;
  }
}

export function createNavigator(count: number, start = 0): Navigator {
  const listeners = new Set<NavListener>();
  let index = clampIndex(start, count);
  const go = (target: number) => {
    const next = clampIndex(target, count);
    if (next === index) return;
    const previous = index;
    index = next;
    for (const listener of [...listeners]) {
      // A listener that moved the navigator again has told everyone of the
      // newer index already: the rest of this round would be stale.
      if (index !== next) return;
      listener(next, previous);
    }
  };
  return {
    get index() {
      return index;
    },
    count,
    go,
    step: (delta) => go(index + delta),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
