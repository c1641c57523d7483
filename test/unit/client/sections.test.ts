// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { markActive } from '../../../src/client/sections';

const sections = () => ['a', 'b', 'c'].map((id) => Object.assign(document.createElement('section'), { id }));
const state = (list: HTMLElement[]) => list.map((s) => `${s.id}:${s.hasAttribute('data-active')}:${s.getAttribute('aria-current')}:${s.hidden}`);

describe('markActive', () => {
  test('the active section carries data-active and aria-current="step"; the others neither', () => {
    const list = sections();
    markActive(list, 1);
    expect(state(list)).toEqual(['a:false:null:false', 'b:true:step:false', 'c:false:null:false']);
    markActive(list, 2);
    expect(state(list)).toEqual(['a:false:null:false', 'b:false:null:false', 'c:true:step:false']);
  });

  test('one at a time: the others are hidden', () => {
    const list = sections();
    markActive(list, 0, { hideOthers: true });
    expect(state(list)).toEqual(['a:true:step:false', 'b:false:null:true', 'c:false:null:true']);
  });
});
