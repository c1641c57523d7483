// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createDeferredMaps } from '../../../src/client/deferred-maps';

beforeEach(() => {
  document.body.innerHTML = ['a', 'b', 'c'].map((id) =>
    `<figure id="f-${id}"><noscript data-deferred-map="${id}">&lt;svg data-static-map="${id}"&gt;&lt;/svg&gt;</noscript></figure>`).join('');
});
const drawn = () => [...document.querySelectorAll('svg[data-static-map]')].map((s) => s.getAttribute('data-static-map'));
const waiting = () => document.querySelectorAll('noscript[data-deferred-map]').length;

describe('the deferred static maps', () => {
  test('a map becomes SVG in its own place when a chapter needs it, once', () => {
    const maps = createDeferredMaps(document, () => undefined);
    maps.materialize('b');
    maps.materialize('b');
    expect(drawn()).toEqual(['b']);
    expect(document.querySelector('#f-b svg')).not.toBeNull();
    expect(waiting()).toBe(2);
  });

  test('in idle time, one map per idle moment, in story order, until none is left', () => {
    const moments: (() => void)[] = [];
    const maps = createDeferredMaps(document, (callback) => { moments.push(callback); });
    maps.inIdleTime();
    moments.shift()!();
    expect(drawn()).toEqual(['a']);
    while (moments.length) moments.shift()!();
    expect(drawn()).toEqual(['a', 'b', 'c']);
    expect(waiting()).toBe(0);
  });

  test('before printing, all at once', () => {
    const maps = createDeferredMaps(document, () => undefined);
    maps.materialize('c');
    maps.all();
    expect(drawn()).toEqual(['a', 'b', 'c']);
  });
});
