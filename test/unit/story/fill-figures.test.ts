import { describe, expect, test } from 'vitest';
import { figureIdsIn, fillFigures } from '../../../src/lib/story/fill-figures';

const values = { gazaAreaKm2: 'about 365 km²', danger: '<b>&</b>' };

describe('fillFigures', () => {
  test('puts each figure where its token stands', () => {
    expect(fillFigures('<p>Gaza covers {{fig:gazaAreaKm2}}.</p>', values, 'rafah.md')).toBe('<p>Gaza covers about 365 km².</p>');
  });
  test('escapes the figure text', () => {
    expect(fillFigures('{{fig:danger}}', values, 'x.md')).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
  });
  test('an unknown figure names the file and lists the allowed ids', () => {
    expect(() => fillFigures('{{fig:gazaArea}}', values, 'src/content/chapters/rafah.md')).toThrow(
      'src/content/chapters/rafah.md: unknown figure "{{fig:gazaArea}}"; allowed: gazaAreaKm2, danger',
    );
  });
});

describe('figureIdsIn', () => {
  test('lists each figure a text uses once, in order of first use', () => {
    expect(figureIdsIn('A {{fig:b}} and {{fig:a}}, then {{fig:b}} again.')).toEqual(['b', 'a']);
  });
  test('a text without figures uses none', () => {
    expect(figureIdsIn('No figures {fig:x} here.')).toEqual([]);
  });
});
