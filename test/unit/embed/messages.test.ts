import { describe, expect, test } from 'vitest';
import {
  MAX_HEIGHT, ampHeightMessage, datawrapperHeightMessage, embedIds, heightMessages, parseMessage, pymHeightMessage, safeSlug,
} from '../../../src/embed/messages';

/** pym.js's own parent-side pattern (pym.v1.js, _makeMessageRegex). */
const pymParentRegex = (id: string) => new RegExp(`^${['pym', id, '(\\S+)', '(.*)'].join('xPYMx')}$`);

describe('height messages', () => {
  test('pym.js: the string pymxPYMx<childId>xPYMxheightxPYMx<pixels>, as pym’s parent reads it', () => {
    const message = pymHeightMessage('embed-container', 640);
    expect(message).toBe('pymxPYMxembed-containerxPYMxheightxPYMx640');
    expect(pymParentRegex('embed-container').exec(message)?.slice(1)).toEqual(['height', '640']);
  });
  test('Datawrapper style: {"datawrapper-height": {"<embed id>": <pixels>}}', () => {
    expect(datawrapperHeightMessage('rafah', 512)).toEqual({ 'datawrapper-height': { rafah: 512 } });
  });
  test('AMP: {"sentinel": "amp", "type": "embed-size", "height": <pixels>}', () => {
    expect(ampHeightMessage(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
  });
  test('heights are rounded up to whole pixels so nothing is clipped', () => {
    expect(ampHeightMessage(639.1875).height).toBe(640);
    expect(pymHeightMessage('a', 10.01)).toMatch(/x11$/);
  });
  test('refuse heights that are not finite, negative or absurd', () => {
    for (const bad of [NaN, Infinity, -1, MAX_HEIGHT + 1]) expect(() => ampHeightMessage(bad)).toThrow(RangeError);
  });
  test('refuse ids that are not slugs', () => {
    expect(() => pymHeightMessage('<script>', 10)).toThrow(TypeError);
    expect(() => datawrapperHeightMessage('a b', 10)).toThrow(TypeError);
  });
  test('all three formats for one height; pym only with a childId', () => {
    expect(heightMessages(300, { embedId: 'rafah-story' })).toEqual([
      { 'datawrapper-height': { 'rafah-story': 300 } },
      { sentinel: 'amp', type: 'embed-size', height: 300 },
    ]);
    expect(heightMessages(300, { embedId: 'x', childId: 'c1' })[0]).toBe('pymxPYMxc1xPYMxheightxPYMx300');
  });
});

describe('parseMessage', () => {
  test('reads each protocol', () => {
    expect(parseMessage('pymxPYMxembed-containerxPYMxwidthxPYMx375')).toEqual({
      protocol: 'pym', childId: 'embed-container', type: 'width', message: '375',
    });
    expect(parseMessage({ 'datawrapper-height': { rafah: 512 } })).toEqual({ protocol: 'datawrapper', heights: { rafah: 512 } });
    expect(parseMessage({ sentinel: 'amp', type: 'embed-size', height: 480 })).toEqual({ protocol: 'amp', type: 'embed-size', height: 480 });
    expect(parseMessage({ sentinel: 'amp', type: 'embed-ready' })).toEqual({ protocol: 'amp', type: 'embed-ready' });
  });
  test('round-trips what the builders send', () => {
    for (const m of heightMessages(321, { embedId: 'the-200', childId: 'c' })) expect(parseMessage(m)).toBeDefined();
  });
  test('rejects everything else', () => {
    const rejected: unknown[] = [
      undefined, null, 42, true, [], ['pymxPYMxaxPYMxheightxPYMx1'], '', 'hello',
      // pym strings with a hostile or missing id, type or value
      'pymxPYMx<script>xPYMxheightxPYMx1',
      'pymxPYMxxPYMxheightxPYMx1',
      'pymxPYMxaxPYMxheightxPYMx<img src=x onerror=alert(1)>',
      'pymxPYMxaxPYMxwidthxPYMx12px',
      'pymxPYMxaxPYMxHEIGHTxPYMx1',
      'pymxPYMxaxPYMxnavigateToxPYMxjavascript:alert(1)',
      'pymxPYMxaxPYMxheightxPYMx1\nxPYMx',
      `pymxPYMxaxPYMxheightxPYMx${'1'.repeat(300)}`,
      // Datawrapper objects with extra keys, bad ids or bad heights; JSON strings
      { 'datawrapper-height': { rafah: 512 }, extra: 1 },
      { 'datawrapper-height': { '"><b>': 512 } },
      { 'datawrapper-height': { rafah: '512' } },
      { 'datawrapper-height': { rafah: -5 } },
      { 'datawrapper-height': { rafah: Infinity } },
      { 'datawrapper-height': {} },
      { 'datawrapper-height': [512] },
      '{"datawrapper-height":{"rafah":512}}',
      // AMP objects with the wrong sentinel, type or height
      { sentinel: 'AMP', type: 'embed-size', height: 1 },
      { sentinel: 'amp', type: 'embed-size' },
      { sentinel: 'amp', type: 'embed-size', height: '1' },
      { sentinel: 'amp', type: '<b>', height: 1 },
      { sentinel: 'amp', type: 'embed-size', height: MAX_HEIGHT * 2 },
      Object.create({ sentinel: 'amp', type: 'embed-size', height: 1 }),
    ];
    for (const data of rejected) expect(parseMessage(data), JSON.stringify(data) ?? String(data)).toBeUndefined();
  });
});

describe('ids from the URL', () => {
  test('safeSlug keeps slugs and drops anything else', () => {
    expect(safeSlug('embed-container_2')).toBe('embed-container_2');
    for (const bad of ['', '-a', 'a b', '<script>', '"><img>', 'a'.repeat(65), 'ü', null, undefined, 3]) expect(safeSlug(bad)).toBeUndefined();
  });
  test('embedIds takes childId and embedId from the query only when they are slugs', () => {
    expect(embedIds('?initialWidth=375&childId=embed-container&parentTitle=x', 'rafah')).toEqual({ embedId: 'rafah', childId: 'embed-container' });
    expect(embedIds('?embedId=my-map', 'rafah')).toEqual({ embedId: 'my-map' });
    expect(embedIds('?childId=%3Cscript%3E&embedId=%22%3E%3Cimg%20src%3Dx%3E', 'rafah')).toEqual({ embedId: 'rafah' });
    expect(embedIds('', 'rafah-story')).toEqual({ embedId: 'rafah-story' });
  });
});
