/**
 * The force map names every likely member and its capital at every size it
 * is printed at (issue 14): the story's poster (a 320 px phone stage) and
 * the handout's small map (230 px). The Gulf is crowded at this scale, so a
 * small country shares one label with its capital (Qatar over Doha).
 */
import { describe, expect, test } from 'vitest';
import { findFeature, LOCAL_EXTENT, loadSources } from '../../../../src/geo/layers';
import { storyLand } from '../../../../src/map/static/land';
import { buildStaticMap } from '../../../../src/map/static/static-map';
import { LOCAL_MINZOOM, MAP_COLOURS } from '../../../../src/map/shared/paint';
import { elements, textOf } from '../../svg-reading';

const sources = loadSources();
const forceMap = (minRenderWidth: number) => buildStaticMap({
  chapterId: 'international-force',
  land: storyLand(sources, LOCAL_MINZOOM, LOCAL_EXTENT),
  sources,
  view: { fit: ['egypt', 'qatar', 'turkey', 'united-arab-emirates', 'gaza-strip'] },
  show: ['gaza', 'force-members', 'capitals', 'arcs'],
  highlight: ['egypt', 'qatar', 'turkey', 'united-arab-emirates', 'arc-cairo', 'arc-doha', 'arc-ankara', 'arc-abu-dhabi'],
  width: 600,
  height: 600,
  palette: MAP_COLOURS,
  minRenderWidth,
  locator: { land: sources.world, place: findFeature('gaza-strip'), palette: MAP_COLOURS },
});

describe.each([320, 230])('the force map shown %i px wide', (minRenderWidth) => {
  const svg = forceMap(minRenderWidth);
  // The map's labels (not its key): every <text> that names a feature.
  const labels = elements(svg, 'text').filter((t) => t.attrs['data-label'])
    .flatMap((t) => (t.inner.includes('<tspan') ? elements(t.inner, 'tspan').map((s) => textOf(s.inner)) : [textOf(t.inner)]));

  test('names every likely member, its capital and Gaza', () => {
    // Countries in capitals, wrapped at 9 em, as on the live map (paint.ts COUNTRY_LABELS).
    for (const name of ['EGYPT', 'Cairo', 'TURKEY', 'Ankara', 'QATAR', 'Doha', 'UNITED ARAB', 'EMIRATES', 'Abu Dhabi', 'Gaza Strip']) {
      expect(labels, name).toContain(name);
    }
  });

  test('a small country and its capital share one label, the country’s name in bold on top', () => {
    expect(svg).toMatch(/<text[^>]*data-label="doha"[^>]*><tspan[^>]*font-weight="bold"[^>]*>QATAR<\/tspan><tspan[^>]*>Doha<\/tspan><\/text>/);
  });
});
