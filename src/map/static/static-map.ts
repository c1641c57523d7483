/**
 * A chapter's map as static SVG, drawn at build time: the poster the map
 * stage shows before MapLibre loads, and the map for good without WebGL or
 * JavaScript, in the handout and in print.
 *
 * Pure: the map data come in as arguments (StaticMap.astro passes
 * loadSources()), so tests draw small fixture collections. It mirrors the
 * live map: the same Web Mercator camera (map-view.ts), the same layer →
 * feature table (LAYER_FEATURES), the same colours, draw order and "(approximate)"
 * labels as src/map/live/style.ts. Colours are presentation attributes, so the
 * map needs no stylesheet (embeds, print, feed readers); like the live map it
 * stays light in a dark page.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { drawnFeatures, NAMED_ONLY_LAYERS, type FeatureId, type LayerId } from '../../model/ids';
import type { ChapterView } from '../../model/chapter-schema';
import { leanPath, rewindForD3 } from './geometry';
import { DEFAULT_LEADING, markerBox, placeLabels, type LabelRequest } from './labels';
import { boxesOverlap } from '../shared/frame';
import { COUNTRY_LABELS, DRAW_ORDER, layerPaint, seaShownAt, type MapPalette, type Paint } from '../shared/paint';
import { estimateWidth, wrapText } from '../../util/wrap';
import { scaleToZoom } from '../shared/mercator';
import { viewProjection, type Bounds, type StaticView } from './view';
import { attrs, el, escapeText, num, textSizeFor, type Attrs } from '../../util/svg';
import { nameWithNotes } from '../../util/words';
import { LOCATOR_MIN_ZOOM, locatorGroup, type LocatorInput } from './locator';
import { scaleBar } from './scale-bar';
import { legendFor } from '../shared/legend';
import { legendGroup, legendSize } from './legend';

export type { MapPalette } from '../shared/paint';

/**
 * Land under the story layers, drawn when the view's zoom is within
 * [minZoom, maxZoom), like MapLibre's minzoom/maxzoom. The live map fills
 * Natural Earth land at every zoom, and from zoom 9 draws the OpenStreetMap
 * land and its borders over it (Natural Earth's Egypt–Gaza border is 2 km
 * off); map-land.ts builds that arrangement.
 */
export interface LandLayer {
  features: FeatureCollection;
  minZoom?: number;
  maxZoom?: number;
  /** Stroke the outlines as borders (else fill only). */
  outline: boolean;
  /**
   * Left out when the whole view lies inside this box [w, s, e, n], because a
   * finer layer covers all of it there (Natural Earth's coast, under the
   * OpenStreetMap land of a close-up, would show as land in the sea).
   */
  unlessViewWithin?: Bounds;
}

export interface StaticMapInput {
  /** Chapter id, written to data-static-map. */
  chapterId: string;
  /** Land layers, bottom to top. */
  land: readonly LandLayer[];
  /** Every map source; features are found in them by properties.id. */
  sources: Readonly<Record<string, FeatureCollection>>;
  view: StaticView;
  /** Layers shown, as in the chapter's frontmatter. */
  show: readonly LayerId[];
  /** Features drawn emphasised. */
  highlight: readonly string[];
  /** Size in SVG units (the viewBox). Draw it at about the size it is shown. */
  width: number;
  height: number;
  palette: MapPalette;
  /** Accessible name; by default it lists what the map shows. */
  label?: string;
  /** Narrowest CSS width the map is shown at (default 320: a phone's full-width map stage); text is 14 px there. */
  minRenderWidth?: number;
  /** CSS width the map is usually shown at (default 480): line widths are right there. */
  typicalRenderWidth?: number;
  /** Space kept clear around fitted features, in SVG units (default 6 % of the shorter side). */
  padding?: number;
  /** The locator inset's drawing, for close-ups (a view at LOCATOR_MIN_ZOOM or closer). */
  locator?: LocatorInput;
  /** The chapter's call-outs, placed at their feature (build/chapter-views.ts). */
  annotations?: readonly { at: readonly [number, number]; text: string }[];
  /** The map's words in a translation (the Arabic pages); English by default. */
  language?: StaticMapLanguage;
}

/** A translation's words for a static map: names from the glossary, the rest from the dictionary. */
export interface StaticMapLanguage {
  name: (english: string) => string;
  approximate: string;
  highlighted: string;
  /** "Map: {list}" and "Map of the region", for the accessible name. */
  mapOf: string;
  region: string;
  sep: string;
  legend: Partial<Record<LayerId, string>>;
  km: string;
  m: string;
  /** The writing direction of the number and its unit ("2 كم"), on the scale bar. */
  direction?: 'rtl';
  /** Line spacing of two-line labels, as a multiple of the font size (labels.ts DEFAULT_LEADING otherwise). */
  leading?: number;
}

/** Layers whose features carry no label (the capitals at the arcs' ends do; the towns name the governorates). */
const UNLABELLED_LAYERS: ReadonlySet<LayerId> = new Set(['arcs', 'governorates']);

interface Shown {
  feature: Feature;
  id: string;
  name: string;
  layer: LayerId;
  approximate: boolean;
  highlighted: boolean;
  labelled: boolean;
}

const propsOf = (f: Feature) => (f.properties ?? {}) as { id?: string; name?: string; approximate?: boolean; kind?: string; country?: string };

/** Index of every feature by id; the first source that has an id wins (as layers.ts's findFeature). */
function indexFeatures(sources: Readonly<Record<string, FeatureCollection>>): Map<string, Feature> {
  const index = new Map<string, Feature>();
  for (const collection of Object.values(sources)) {
    for (const f of collection.features) {
      const id = propsOf(f).id;
      if (id && !index.has(id)) index.set(id, f);
    }
  }
  return index;
}

/** The features of the shown layers, each once, in the live map's draw order. */
function shownFeatures(input: StaticMapInput, index: Map<string, Feature>): Shown[] {
  const highlight = new Set(input.highlight);
  const seen = new Map<string, Shown>();
  const layers = DRAW_ORDER.filter((l) => input.show.includes(l));
  for (const layer of layers) {
    for (const id of drawnFeatures(layer, input.highlight as FeatureId[])) {
      const feature = index.get(id);
      if (!feature) throw new Error(`static map "${input.chapterId}": layer "${layer}" names "${id}", which no source has`);
      // A feature in two shown layers is drawn once, by the upper layer.
      const p = propsOf(feature);
      seen.delete(id);
      seen.set(id, {
        feature, id, layer, name: p.name ? (input.language?.name(p.name) ?? p.name) : id, approximate: p.approximate === true,
        highlighted: highlight.has(id), labelled: !UNLABELLED_LAYERS.has(layer),
      });
    }
  }
  return [...seen.values()];
}

/** The schema's view (fit or camera, bearing and pitch) as the static map draws it: north up, no tilt. */
export function staticView(view: ChapterView): StaticView {
  if (view.fit) return { fit: view.fit, maxZoom: view.maxZoom };
  if (view.center && view.zoom !== undefined) return { center: view.center, zoom: view.zoom };
  throw new Error('view needs fit or center + zoom');
}

export function buildStaticMap(input: StaticMapInput): string {
  const { width, height, palette: c } = input;
  const fs = textSizeFor(width, input.minRenderWidth ?? 320);
  // SVG units per CSS px at the usual render size: line widths and marker
  // sizes, given in px as in the live map's style, are multiplied by it.
  // (Text follows the stricter rule above: 14 px even on the narrowest screen.)
  const u = width / (input.typicalRenderWidth ?? 480);
  const padding = input.padding ?? Math.round(Math.min(width, height) * 0.06);
  const index = indexFeatures(input.sources);
  const fitFeatures = 'fit' in input.view
    ? input.view.fit.map((id) => {
        const f = index.get(id);
        if (!f) throw new Error(`static map "${input.chapterId}": no feature "${id}" to fit`);
        return f;
      })
    : [];
  const projection = viewProjection(input.view, fitFeatures, width, height, padding);
  // Zoom as MapLibre would have it for a map as wide as the SVG's units.
  const zoom = scaleToZoom(projection.scale());
  // Clip a little outside the frame so strokes do not end at its edge, and
  // so features outside the view are not drawn at all.
  projection.clipExtent([[-2 * fs, -2 * fs], [width + 2 * fs, height + 2 * fs]]);
  // Thin to about half a pixel at the usual size; whole units are finer than a pixel there.
  const path = leanPath(projection, 0.5 * u, 0);

  // The view in degrees (north-west and south-east corners).
  const [west, north] = projection.invert?.([0, 0]) ?? [-180, 90];
  const [east, south] = projection.invert?.([width, height]) ?? [180, -90];
  const within = (b: Bounds) => west >= b[0] && south >= b[1] && east <= b[2] && north <= b[3];
  const land = input.land
    .filter((l) => zoom >= (l.minZoom ?? -Infinity) && zoom < (l.maxZoom ?? Infinity))
    .filter((l) => !(l.unlessViewWithin && within(l.unlessViewWithin)))
    .map((l) => {
      const d = l.features.features.map((f) => path(rewindForD3(f)) ?? '').join('');
      return d ? el('path', {
        class: 'sm-land', d, fill: c.land,
        ...(l.outline ? { stroke: c.border, 'stroke-width': 0.8 * u } : {}),
      }) : '';
    });

  const shown = shownFeatures(input, index);
  const onCanvas = (x: number, y: number) => x >= 0 && y >= 0 && x <= width && y <= height;
  const drawn: string[] = [];
  const emphasis: string[] = [];
  const drawnIds = new Set<string>();
  const labels: LabelRequest[] = [];
  // Countries too small to carry their name inside (see below), and the country of each capital drawn.
  const smallAreas = new Set<string>();
  const capitalOf = new Map<string, string>();
  const obstacles: ReturnType<typeof markerBox>[] = [];
  // Where the drawn features are, for placing the legend where it hides least.
  const featureBoxes: ReturnType<typeof markerBox>[] = [];

  const label = (s: Shown, x: number, y: number, radius: number, priority: number) => {
    if (!s.labelled || !onCanvas(x, y)) return;
    // A country's name in capitals, wrapped at 9 em as the live map's labels are (style.ts text-max-width).
    // Not in Arabic, which has no capitals and whose letters spacing would break apart.
    const country = COUNTRY_LABELS.layers.has(s.layer) && !input.language;
    const countryLines = country ? wrapText(s.name.toUpperCase(), 9 * fs, fs * COUNTRY_LABELS.sizeRatio * 1.2) : [];
    labels.push({
      featureId: s.id, x, y, radius, highlighted: s.highlighted, required: s.approximate,
      // What the chapter names (its highlights, and the capitals it draws because it names them) is called out, never dropped.
      callout: s.highlighted || NAMED_ONLY_LAYERS.has(s.layer),
      // In a translation (right to left) without parentheses, as on the live map (map/live/style.ts).
      lines: s.approximate ? [s.name, input.language ? input.language.approximate : '(approximate)'] : country ? countryLines : [s.name],
      ...(country ? { capsSpacing: COUNTRY_LABELS.letterSpacing, capsLines: countryLines.length, capsSize: COUNTRY_LABELS.sizeRatio } : {}),
      priority: priority + (s.highlighted ? 100 : 0) + (s.approximate ? 10 : 0),
    });
  };
  const hooks = (s: Shown, kind: string): Attrs => ({
    'data-feature': s.id,
    'data-layer': s.layer,
    'data-highlight': s.highlighted,
    'data-approximate': s.approximate,
    class: [`sm-${kind}`, s.highlighted && 'is-hl', s.approximate && 'is-approx'].filter(Boolean).join(' '),
  });
  const strokeOf = (p: Paint): Attrs => ({
    stroke: p.stroke,
    'stroke-width': p.width * u,
    'stroke-dasharray': p.dash ? p.dash.map((d) => num(d * p.width * u)).join(' ') : undefined,
  });
  // Approximate geometry is always dashed, whatever its layer's style.
  const approxDash = (p: Paint): Attrs => ({ 'stroke-dasharray': `${num(4 * u)} ${num(3 * u)}`, 'stroke-width': Math.max(p.width, 2) * u });
  const ring = (x: number, y: number) => el('circle', { class: 'sm-emphasis', cx: x, cy: y, r: 10 * u, fill: 'none', stroke: c.highlight, 'stroke-width': 3 * u });

  for (const s of shown) {
    const paint = layerPaint(s.layer, c, zoom);
    const geometryType = s.feature.geometry?.type ?? '';
    if (geometryType === 'Point') {
      const xy = projection((s.feature.geometry as Point).coordinates as [number, number]);
      if (!xy || !onCanvas(xy[0], xy[1])) continue;
      const [x, y] = xy;
      const r = (paint.radius ?? 4.5) * u;
      drawn.push(el('circle', {
        ...hooks(s, `point sm-${propsOf(s.feature).kind ?? 'place'}`), cx: x, cy: y, r,
        fill: paint.fill, stroke: paint.stroke, 'stroke-width': paint.width * u,
        ...(s.approximate ? { fill: c.halo, stroke: paint.fill ?? c.label, ...approxDash(paint) } : {}),
      }));
      if (s.highlighted) emphasis.push(ring(x, y));
      drawnIds.add(s.id);
      obstacles.push(markerBox(x, y, s.highlighted ? 10 * u : r));
      // The marker and the label it will likely get, under or beside it.
      featureBoxes.push({ x0: x - 3 * fs, y0: y - fs, x1: x + 3 * fs, y1: y + 2.2 * fs });
      label(s, x, y, s.highlighted ? 10 * u : r, 3);
      const country = propsOf(s.feature).country;
      if (country) capitalOf.set(s.id, country);
      continue;
    }
    const line = geometryType.endsWith('LineString');
    const f = rewindForD3(s.feature);
    const d = path(f);
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const [cx, cy] = path.centroid(f);
    if (d && Math.max(x1 - x0, y1 - y0) >= 6 * u) {
      drawn.push(el('path', {
        ...hooks(s, line ? 'line' : 'area'), d, fill: line ? 'none' : (paint.fill ?? 'none'),
        ...strokeOf(paint), ...(s.approximate ? approxDash(paint) : {}),
      }));
      // Emphasis as the live map draws it: a wider line in the highlight colour over the feature.
      if (s.highlighted) emphasis.push(el('path', { class: 'sm-emphasis', d, fill: 'none', stroke: c.highlight, 'stroke-width': 4 * u, ...(s.approximate ? { 'stroke-dasharray': `${num(4 * u)} ${num(3 * u)}` } : {}) }));
      drawnIds.add(s.id);
      featureBoxes.push({ x0, y0, x1, y1 });
      // A small country (Qatar on the regional map) is named beside itself, as
      // a place is, not over itself, where its name would bury its capital.
      const size = Math.max(x1 - x0, y1 - y0);
      if (!line && size < 4 * fs) smallAreas.add(s.id);
      label(s, cx, cy, line ? 6 * u : size < 4 * fs ? size / 2 : 0, line ? 2 : 1);
    } else if (Number.isFinite(cx) && onCanvas(cx, cy)) {
      // Too small to see at this scale (Gaza on a world map): a dot, so it never vanishes.
      drawn.push(el('circle', { ...hooks(s, 'area'), 'data-tiny': true, cx, cy, r: 4.5 * u, fill: paint.fill ?? c.gazaFill, stroke: paint.stroke, 'stroke-width': 2 * u }));
      if (s.highlighted) emphasis.push(ring(cx, cy));
      drawnIds.add(s.id);
      obstacles.push(markerBox(cx, cy, 6 * u));
      label(s, cx, cy, 6 * u, 2);
    }
  }

  // The chapter's call-outs: placed before any other label, in the highlight colour.
  (input.annotations ?? []).forEach((a, i) => {
    const xy = projection([a.at[0], a.at[1]]);
    if (!xy || !onCanvas(xy[0], xy[1])) return;
    labels.push({ featureId: `annotation-${i}`, x: xy[0], y: xy[1], radius: 12 * u, highlighted: true, required: true, lines: [a.text], priority: 1000 });
  });

  // Seas named in the water style, as the live map names them at this zoom.
  // They yield to what the chapter calls out (placed first, below) and the
  // other labels keep clear of them.
  const seaSize = fs * 0.9;
  const seaCandidates = (input.sources.points?.features ?? [])
    // Not on world views, where a static map has no room to set a sea's name clear of the land.
    .filter((f) => zoom >= 3.5 && propsOf(f).kind === 'sea' && seaShownAt(f.properties ?? {}, zoom))
    .flatMap((f) => {
      const xy = projection((f.geometry as Point).coordinates as [number, number]);
      if (!xy || !onCanvas(xy[0], xy[1])) return [];
      const english = propsOf(f).name ?? '';
      const name = input.language?.name(english) ?? english;
      const half = estimateWidth(name, seaSize) / 2 + seaSize * 0.6;
      return [{ id: propsOf(f).id, name, xy, box: { x0: xy[0] - half, y0: xy[1] - seaSize, x1: xy[0] + half, y1: xy[1] + seaSize * 0.4 } }];
    });

  // A close-up gets a locator inset in its top-right corner; labels keep clear of it.
  const inset = input.locator && zoom >= LOCATOR_MIN_ZOOM ? Math.round(Math.min(width, height) * 0.24) : 0;
  const margin = Math.round(Math.min(width, height) * 0.025);
  const locator = inset ? locatorGroup(input.locator!, [west, south, east, north], width - inset - margin, margin, inset) : '';
  if (inset) obstacles.push({ x0: width - inset - 2 * margin, y0: 0, x1: width, y1: inset + 2 * margin });
  // And a metric scale bar in its bottom-left corner, measured at the centre latitude.
  const barLength = Math.round(width * 0.22);
  const scale = inset ? scaleBar({
    lat: (north + south) / 2, zoom, maxUnits: barLength, x: 2 * margin, y: height - 2 * margin, fontSize: fs * 0.85, palette: c,
    ...(input.language ? { units: input.language } : {}),
  }) : '';
  if (inset) obstacles.push({ x0: 0, y0: height - 2 * margin - fs * 2.2, x1: 3 * margin + barLength, y1: height });

  // A legend, for the maps whose symbols need one, in the bottom-right corner; labels keep clear of it.
  // Only where it fits without hiding the map (a small handout map goes without; its page explains it).
  const entries = legendFor(input.show, c, input.language?.legend);
  const legendFs = fs * 0.65;
  const fitted = entries.length ? legendSize(entries, legendFs) : undefined;
  const legendBox = fitted && fitted.width <= width * 0.6 && fitted.height <= height * 0.3 ? fitted : undefined;
  const corner = legendBox ? quietestCorner(legendBox, width, height, margin, featureBoxes, inset ? ['top-right', 'bottom-left'] : []) : undefined;
  const legend = legendBox && corner ? legendGroup(entries, corner.x, corner.y, legendFs, c) : '';
  if (legendBox && corner) obstacles.push({ x0: corner.x - margin, y0: corner.y - margin, x1: corner.x + legendBox.width + margin, y1: corner.y + legendBox.height + margin });

  // A small country and its capital share one label at the capital, the
  // country's name in bold above the capital's (QATAR / Doha), as news maps
  // name the Gulf states: two labels would bury each other there.
  const leading = input.language?.leading ?? DEFAULT_LEADING;
  const merged = new Set<string>();
  for (const capital of labels) {
    const country = capitalOf.get(capital.featureId);
    const countryLabel = country && smallAreas.has(country) ? labels.find((l) => l.featureId === country) : undefined;
    if (!countryLabel) continue;
    merged.add(countryLabel.featureId);
    capital.lines = [...countryLabel.lines, ...capital.lines];
    capital.leadBold = true;
    capital.capsSpacing = countryLabel.capsSpacing;
    capital.capsLines = countryLabel.capsLines;
    capital.capsSize = countryLabel.capsSize;
    capital.callout = capital.callout || countryLabel.callout;
    capital.priority = Math.max(capital.priority, countryLabel.priority);
  }
  // Removed after the loop: splicing the array being walked would skip the label after each one removed.
  const toPlace = labels.filter((l) => !merged.has(l.featureId));

  // What the chapter calls out first, then the seas where they still fit, then every other label.
  const callouts = placeLabels(toPlace.filter((l) => l.callout || l.priority >= 1000), obstacles, width, height, fs, leading);
  const taken = [...obstacles, ...callouts.map((l) => l.box)];
  const seaLabels = seaCandidates.filter((sea) => !taken.some((t) => boxesOverlap(t, sea.box))).map(({ id, name, xy, box }) => {
    taken.push(box);
    return `<text${attrs({ 'data-label': id, class: 'sm-sea-label', x: num(xy[0]), y: num(xy[1]), 'text-anchor': 'middle', 'font-size': num(seaSize), 'letter-spacing': input.language ? undefined : num(seaSize * 0.12), fill: c.water, stroke: c.sea })}>${escapeText(name)}</text>`;
  });
  const placed = [...callouts, ...placeLabels(toPlace.filter((l) => !(l.callout || l.priority >= 1000)), taken, width, height, fs, leading)];
  // Leader lines from the features to the labels that had to move away from them.
  const leaders = placed.filter((l) => l.leader).map((l) => el('line', {
    'data-leader': l.featureId, x1: num(l.x), y1: num(l.y), x2: num(l.leader!.x), y2: num(l.leader!.y),
    stroke: c.label, 'stroke-width': 1.2 * u,
  }));
  // Each line after the first at its own baseline (y), not moved down from the last (dy): resvg, which
  // draws the share images, places an Arabic line moved by dy on top of the line before.
  const labelMarkup = placed.map((l) => {
    const spans = l.lines.map((line, i) => `<tspan${attrs({ x: l.tx, y: i ? num(l.ty + i * fs * leading) : undefined, 'font-weight': l.leadBold && i < (l.capsLines ?? 1) ? 'bold' : undefined, ...(l.capsSpacing && i < (l.capsLines ?? 1) ? { 'letter-spacing': num(l.capsSpacing * fs * (l.capsSize ?? 1)), 'font-size': num(fs * (l.capsSize ?? 1)) } : {}) })}>${escapeText(line)}</tspan>`).join('');
    const annotation = l.featureId.startsWith('annotation-');
    return `<text${attrs({ 'data-label': l.featureId, 'data-annotation': annotation, fill: annotation ? c.highlight : undefined, y: l.ty, 'text-anchor': l.anchor, 'font-weight': l.highlighted ? 'bold' : undefined })}>${spans}</text>`;
  });

  const ariaLabel = input.label ?? describeMap(shown.filter((s) => drawnIds.has(s.id)), input.language);
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: '100%',
    // An empty label means a decorative copy (a poster over a described map).
    ...(ariaLabel ? { role: 'img', 'aria-label': ariaLabel } : { 'aria-hidden': 'true' }),
    'data-static-map': input.chapterId,
    'data-zoom': Math.round(zoom * 100) / 100,
    class: 'static-map',
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
  }, [
    el('rect', { class: 'sm-sea', width, height, fill: c.sea }),
    ...land,
    el('g', { class: 'sm-seas', 'stroke-width': 2 * u, 'paint-order': 'stroke' }, seaLabels),
    el('g', { class: 'sm-features' }, drawn),
    el('g', { class: 'sm-emphasis' }, emphasis),
    el('g', { class: 'sm-leaders' }, leaders),
    el('g', {
      class: 'sm-labels', 'font-size': fs, fill: c.label,
      stroke: c.halo, 'stroke-width': 3 * u, 'paint-order': 'stroke',
    }, labelMarkup),
    locator,
    scale,
    legend,
  ]);
}

type Corner = 'bottom-right' | 'bottom-left' | 'top-left' | 'top-right';

/**
 * The corner where a box of this size covers the least of the drawn features
 * (a tie goes to the bottom right, then the bottom left); corners already
 * taken (the locator, the scale bar) are left out.
 */
function quietestCorner(
  box: { width: number; height: number }, width: number, height: number, margin: number,
  features: readonly { x0: number; y0: number; x1: number; y1: number }[], taken: readonly Corner[],
): { x: number; y: number } | undefined {
  const at: Record<Corner, { x: number; y: number }> = {
    'bottom-right': { x: width - box.width - margin, y: height - box.height - margin },
    'bottom-left': { x: margin, y: height - box.height - margin },
    'top-left': { x: margin, y: margin },
    'top-right': { x: width - box.width - margin, y: margin },
  };
  const overlap = ({ x, y }: { x: number; y: number }) => features.reduce((sum, f) =>
    sum + Math.max(0, Math.min(f.x1, x + box.width) - Math.max(f.x0, x)) * Math.max(0, Math.min(f.y1, y + box.height) - Math.max(f.y0, y)), 0);
  const free = (Object.keys(at) as Corner[]).filter((c) => !taken.includes(c));
  // Stable sort: equal costs keep the order above.
  const best = free.map((c) => ({ c, cost: overlap(at[c]) })).sort((a, b) => a.cost - b.cost)[0];
  return best && at[best.c];
}

/** "Map: Gaza Strip (highlighted), Rafah crossing, Salah al-Din gate (approximate)". */
export function describeMap(shown: readonly Pick<Shown, 'name' | 'highlighted' | 'approximate'>[], language?: StaticMapLanguage): string {
  if (shown.length === 0) return language?.region ?? 'Map of the region';
  const items = shown.map((s) => nameWithNotes(s.name, [s.highlighted && (language?.highlighted ?? 'highlighted'), s.approximate && (language?.approximate ?? 'approximate')], language?.sep));
  const list = items.join(language?.sep ?? ', ');
  return language ? language.mapOf.replace('{list}', list) : `Map: ${list}`;
}
