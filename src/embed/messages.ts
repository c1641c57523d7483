/**
 * The iframe height protocol (DESIGN.md, "Iframe height messages"): what an
 * embed tells its parent, in the three formats newsroom hosts listen for,
 * and the one parser for what a parent may say back. Pure: the client
 * module (height-reporter.ts) does the measuring and posting.
 */

/** pym.js's delimiter: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. */
const PYM = 'xPYMx';

/**
 * Ids that may come from a URL or a message (pym's childId, a Datawrapper
 * embed id): letters, digits, `-` and `_`, at most 64 characters. Anything
 * else is dropped, never echoed.
 */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Tallest frame we will ever ask for, in CSS pixels; a guard against runaway values. */
export const MAX_HEIGHT = 100_000;

export function safeSlug(value: unknown): string | undefined {
  return typeof value === 'string' && SLUG.test(value) ? value : undefined;
}

const validHeight = (px: unknown): px is number =>
  typeof px === 'number' && Number.isFinite(px) && px >= 0 && px <= MAX_HEIGHT;

/** Heights go out as whole pixels, rounded up so the content is never clipped. */
function pixels(height: number): number {
  if (!validHeight(height)) throw new RangeError(`height must be 0–${MAX_HEIGHT} px, got ${height}`);
  return Math.ceil(height);
}

/** pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`. */
export function pymHeightMessage(childId: string, height: number): string {
  if (!safeSlug(childId)) throw new TypeError('childId must be a slug');
  return `pym${PYM}${childId}${PYM}height${PYM}${pixels(height)}`;
}

/** Datawrapper style: `{"datawrapper-height": {"<embed id>": <pixels>}}`. */
export function datawrapperHeightMessage(embedId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  if (!safeSlug(embedId)) throw new TypeError('embedId must be a slug');
  return { 'datawrapper-height': { [embedId]: pixels(height) } };
}

/** AMP (amp-iframe): `{"sentinel": "amp", "type": "embed-size", "height": <pixels>}`. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: pixels(height) };
}

/**
 * Every message for one height: pym's only when the parent gave a childId
 * (without one no pym parent is listening), Datawrapper's and AMP's always.
 */
export function heightMessages(height: number, ids: { embedId: string; childId?: string }): unknown[] {
  const messages: unknown[] = [datawrapperHeightMessage(ids.embedId, height), ampHeightMessage(height)];
  if (ids.childId) messages.unshift(pymHeightMessage(ids.childId, height));
  return messages;
}

export type ProtocolMessage =
  | { protocol: 'pym'; childId: string; type: string; message: string }
  | { protocol: 'datawrapper'; heights: Record<string, number> }
  | { protocol: 'amp'; type: string; height?: number };

const PYM_MESSAGE = /^pymxPYMx([A-Za-z0-9][A-Za-z0-9_-]{0,63})xPYMx([a-z][a-z-]{0,39})xPYMx([^\s<>"'`]{0,200})$/;
const AMP_TYPE = /^[a-z][a-z-]{0,39}$/;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Reads a postMessage payload as one of the three protocols, or returns
 * undefined. Strict on purpose: only pym's string form, Datawrapper's
 * object with slug keys and pixel values, and AMP's sentinel object pass;
 * pym's `width` and `height` messages must carry a number.
 */
export function parseMessage(data: unknown): ProtocolMessage | undefined {
  if (typeof data === 'string') {
    const m = PYM_MESSAGE.exec(data);
    if (!m) return undefined;
    const [, childId, type, message] = m as unknown as [string, string, string, string];
    if ((type === 'width' || type === 'height') && !/^\d{1,6}(\.\d+)?$/.test(message)) return undefined;
    return { protocol: 'pym', childId, type, message };
  }
  if (!isPlainObject(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length === 1 && keys[0] === 'datawrapper-height') {
    const heights = data['datawrapper-height'];
    if (!isPlainObject(heights)) return undefined;
    const entries = Object.entries(heights);
    if (!entries.length || !entries.every(([id, px]) => safeSlug(id) && validHeight(px))) return undefined;
    return { protocol: 'datawrapper', heights: Object.fromEntries(entries) as Record<string, number> };
  }
  if (data.sentinel === 'amp') {
    const { type, height } = data;
    if (typeof type !== 'string' || !AMP_TYPE.test(type)) return undefined;
    if (height !== undefined && !validHeight(height)) return undefined;
    if (type === 'embed-size' && height === undefined) return undefined;
    return height === undefined ? { protocol: 'amp', type } : { protocol: 'amp', type, height };
  }
  return undefined;
}

/**
 * The ids an embed page reports under, from its own URL's query: pym's
 * `childId` (added by pym's parent) and an optional `embedId` for
 * Datawrapper-style listeners; both only when they are slugs.
 */
export function embedIds(search: string, defaultEmbedId: string): { embedId: string; childId?: string } {
  const params = new URLSearchParams(search);
  const childId = safeSlug(params.get('childId'));
  const embedId = safeSlug(params.get('embedId')) ?? defaultEmbedId;
  return childId ? { embedId, childId } : { embedId };
}
