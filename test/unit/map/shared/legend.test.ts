import { describe, expect, test } from 'vitest';
import { legendFor } from '../../../../src/map/shared/legend';
import { LAYER_PAINT, MAP_COLOURS } from '../../../../src/map/shared/paint';
import { legendGroup } from '../../../../src/map/static/legend';
import { assertWellFormed, elements, visibleTexts } from '../../svg-reading';

describe('the map legend', () => {
  test('the force map explains its members, capitals and lines, in the colours the map paints them', () => {
    const entries = legendFor(['gaza', 'force-members', 'capitals', 'arcs'], MAP_COLOURS);
    expect(entries.map((e) => e.text)).toEqual(['Capital', 'Straight line to Gaza City', 'Likely member of the force']);
    const members = entries.find((e) => e.layer === 'force-members')!;
    expect(members).toMatchObject({ kind: 'area', fill: MAP_COLOURS[LAYER_PAINT['force-members'].fill!], stroke: MAP_COLOURS.members });
    expect(entries.find((e) => e.layer === 'arcs')).toMatchObject({ kind: 'line', dash: LAYER_PAINT.arcs.dash });
    expect(entries.find((e) => e.layer === 'capitals')).toMatchObject({ kind: 'point' });
  });

  test('the corridor map marks the corridor as approximate; maps that need no key get none', () => {
    expect(legendFor(['gaza', 'egypt-gaza-border', 'philadelphi', 'crossings'], MAP_COLOURS).map((e) => e.text))
      .toContain('Philadelphi corridor (approximate)');
    expect(legendFor(['gaza', 'governorates', 'rafah-governorate', 'places'], MAP_COLOURS)).toEqual([]);
  });

  test('a static map’s legend is a group with a swatch and a text per entry', () => {
    const svg = legendGroup(legendFor(['force-members', 'capitals', 'arcs'], MAP_COLOURS), 300, 200, 12, MAP_COLOURS);
    assertWellFormed(svg);
    expect(elements(svg, 'g')[0]!.attrs['data-legend']).toBe('');
    expect(visibleTexts(svg)).toEqual(['Capital', 'Straight line to Gaza City', 'Likely member of the force']);
  });
});
