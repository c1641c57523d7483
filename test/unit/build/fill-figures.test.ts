import { describe, expect, test } from 'vitest';
import { figureIdsIn, fillFigures } from '../../../src/build/fill-figures';

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

describe('published values beside figures', () => {
  const published = { gazaAreaKm2: '360–365 km²' };
  test('puts the published value where its token stands', () => {
    expect(fillFigures('{{fig:gazaAreaKm2}} (published: {{published:gazaAreaKm2}})', values, 'rafah.md', published))
      .toBe('about 365 km² (published: 360–365 km²)');
  });
  test('a figure without a published value stops the build, naming the file and the figures that have one', () => {
    expect(() => fillFigures('{{published:danger}}', values, 'rafah.md', published)).toThrow(
      'rafah.md: unknown published value of figure "{{published:danger}}"; allowed: gazaAreaKm2',
    );
  });
  test('published tokens are not counted as uses of a figure', () => {
    expect(figureIdsIn('{{published:a}} and {{fig:b}}')).toEqual(['b']);
  });
});
