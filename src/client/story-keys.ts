/**
 * Keys that move through the story chapter by chapter, without scrolling:
 * J next, K previous (the arrow keys and Page Up/Down keep scrolling the
 * page as usual). Ignored while typing, inside an open dialog, or with a
 * modifier held.
 */
export function stepForKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, target: EventTarget | null): -1 | 1 | 0 {
  if (event.altKey || event.ctrlKey || event.metaKey) return 0;
  const el = target as HTMLElement | null;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))) return 0;
  // Keys inside an open dialog (the Embed dialog) belong to the dialog.
  if (el?.closest?.('dialog[open]')) return 0;
  if (event.key === 'j' || event.key === 'J') return 1;
  if (event.key === 'k' || event.key === 'K') return -1;
  return 0;
}

/** The chapter `step` away from `index`, kept within the story. */
export const clampStep = (index: number, step: number, count: number) => Math.min(count - 1, Math.max(0, index + step));
