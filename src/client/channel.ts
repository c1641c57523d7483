/**
 * The messages between the presentation and the presenter's window, over a
 * same-origin BroadcastChannel (no server). Anything that arrives is parsed
 * here first: only the three shapes below, with an index that is a slide, get
 * through; everything else is dropped. Nothing from a message is ever put
 * into the page as markup.
 *
 * - `state` (presentation → notes): the slide shown and when the presentation
 *   started (epoch ms), so both windows show the same clock. Sent on every
 *   move and in answer to `hello`.
 * - `goto` (either way): please show this slide.
 * - `hello` (notes → presentation): a notes window opened; send your state.
 */
export const CHANNEL_NAME = 'rafah-story-present';

export type PresentMessage =
  | { type: 'state'; index: number; startedAt: number }
  | { type: 'goto'; index: number }
  | { type: 'hello' };

const isIndex = (value: unknown, total: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < total;

/** A start time that is a plausible epoch-ms instant (not in the future by more than a minute of clock skew). */
const isStart = (value: unknown, now: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= now + 60_000;

export function parseMessage(data: unknown, total: number, now = Date.now()): PresentMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'goto':
      return isIndex(m.index, total) ? { type: 'goto', index: m.index } : undefined;
    case 'state':
      return isIndex(m.index, total) && isStart(m.startedAt, now)
        ? { type: 'state', index: m.index, startedAt: m.startedAt }
        : undefined;
    default:
      return undefined;
  }
}

export interface PresentChannel {
  post(message: PresentMessage): void;
}

/**
 * Opens the slides' channel and hands every message that parses to
 * `onMessage` (anything else is dropped); undefined where the browser has no
 * BroadcastChannel. The slides and the presenter's window both open it here.
 */
export function openChannel(total: number, onMessage: (message: PresentMessage) => void): PresentChannel | undefined {
  if (!('BroadcastChannel' in globalThis)) return undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = parseMessage(e.data, total);
    if (message) onMessage(message);
  });
  return { post: (message) => channel.postMessage(message) };
}
