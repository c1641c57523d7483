import { describe, expect, test } from 'vitest';
import { attrs, el, escapeAttr, escapeText, num, svgRoot, text, textSizeFor } from '../../../src/util/svg';
import { wrapText } from '../../../src/util/wrap';
import { assertWellFormed, elements, textOf } from '../svg-reading';

describe('svg helpers', () => {
  test('escape text content and attribute values', () => {
    expect(escapeText('a < b & c > d "q"')).toBe('a &lt; b &amp; c &gt; d "q"');
    expect(escapeAttr(`x" onload="alert('1')`)).toBe('x&quot; onload=&quot;alert(&#39;1&#39;)');
  });

  test('a label with markup in it stays text', () => {
    const markup = text('<script>alert(1)</script> & co', { 'data-x': '"><img>' });
    assertWellFormed(markup);
    expect(elements(markup, 'script')).toEqual([]);
    expect(textOf(elements(markup, 'text')[0]!.inner)).toBe('<script>alert(1)</script> & co');
  });

  test('attrs leave out false, null and undefined, write true bare and round numbers to one decimal', () => {
    expect(attrs({ a: 1.26, b: true, c: false, d: null, e: undefined, f: 'x' })).toBe(' a="1.3" b f="x"');
    expect(num(-0.04)).toBe('0');
    expect(num(12)).toBe('12');
  });

  test('el self-closes an empty element and joins children', () => {
    expect(el('g', { class: 'x' })).toBe('<g class="x"/>');
    expect(el('g', {}, ['<a/>', '<b/>'])).toBe('<g><a/><b/></g>');
  });

  test('text is at least 14 px where a 320 px phone shows the chart (256 px wide)', () => {
    for (const width of [256, 320, 480, 640]) {
      expect((textSizeFor(width) * 256) / width).toBeGreaterThanOrEqual(14);
    }
  });

  test('the root scales to its container and is named and described', () => {
    const svg = svgRoot({ width: 320, height: 200, titleId: 't', descId: 'd', title: 'T & t', description: 'D' }, '');
    const root = elements(svg, 'svg')[0]!;
    expect(root.attrs).toMatchObject({ viewBox: '0 0 320 200', width: '100%', role: 'img', 'aria-labelledby': 't', 'aria-describedby': 'd' });
    expect(root.attrs.height).toBeUndefined();
    expect(textOf(elements(svg, 'title')[0]!.inner)).toBe('T & t');
  });

  test('wrapText breaks at spaces within the width', () => {
    const lines = wrapText('one two three four five six seven', 100, 16);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines) expect(line.length * 16 * 0.57).toBeLessThanOrEqual(100);
  });
});
