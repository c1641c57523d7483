/**
 * The director applies a chapter to the map: it moves the camera to the
 * chapter's view and fades the chapter's layers in and the others out.
 * Sources are added once (in the style); chapters only change paint
 * properties, through the OPACITY_PAINT table, and highlight filters.
 */
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { drawnFeatures, LAYER_FEATURES, NAMED_ONLY_LAYERS, type FeatureId, type LayerId } from '../../model/ids';
import { FIT_MAX_ZOOM, type MapChapter } from '../shared/camera';
import { OPACITY_PAINT, type FadeableType } from './style';
import { legendFor } from '../shared/legend';
import { MAP_COLOURS } from '../shared/paint';
import { CALLOUT_ANCHORS, calloutAnchors, clearOfBox, usableFrame, type Box, type Padding } from '../shared/frame';
import { LOCATOR_MIN_ZOOM } from '../shared/locator';

export interface DirectorOptions {
  /** Padding that keeps the view clear of the text over the map. */
  padding: () => PaddingOptions;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
  /** Where the chapter's legend goes (the stage's data-legend), if anywhere. */
  legend?: HTMLElement | null;
  /**
   * The map's furniture in the corners (the locator and its scale bar, the
   * Explore button), in the stage's pixels; `closeUp` ones are shown only on
   * close-ups (zoom ≥ LOCATOR_MIN_ZOOM).
   */
  obstacles?: () => { box: Box; closeUp: boolean }[];
  /** The key's words in the page's language (a translation); English by default. */
  legendText?: Partial<Record<LayerId, string>>;
}

/** The chapter's key, from the one paint table (map/shared/legend.ts), as a list; hidden when the map needs none. */
function showLegend(el: HTMLElement, show: readonly LayerId[], text?: Partial<Record<LayerId, string>>) {
  const entries = legendFor(show, MAP_COLOURS, text);
  el.hidden = entries.length === 0;
  el.querySelector('ul')?.replaceChildren(...entries.map((e) => {
    const item = document.createElement('li');
    item.dataset.legendEntry = e.layer;
    const mark = document.createElement('span');
    mark.className = `map-legend-swatch is-${e.kind}`;
    mark.setAttribute('aria-hidden', 'true');
    if (e.fill) mark.style.background = e.fill;
    mark.style.borderColor = e.stroke;
    if (e.dash) mark.style.borderTopStyle = 'dashed';
    item.append(mark, e.text);
    return item;
  }));
}

interface StoryLayer {
  id: string;
  type: FadeableType;
  layer: LayerId;
  role: 'base' | 'highlight';
}

export function createDirector(map: MapLibreMap, options: DirectorOptions) {
  const storyLayers: StoryLayer[] = map
    .getStyle()
    .layers.flatMap((l) => {
      const meta = l.metadata as Record<string, string> | undefined;
      if (!meta?.['story:layer'] || !(l.type in OPACITY_PAINT)) return [];
      return [{ id: l.id, type: l.type as FadeableType, layer: meta['story:layer'] as LayerId,
        role: meta['story:role'] as 'base' | 'highlight' }];
    });

  // A changed filter makes MapLibre rebuild the layer's tiles in its workers
  // (a long task on a phone), so a layer's filter changes only when its own
  // features do (its highlights, or what a NAMED_ONLY layer draws), and only
  // while it is shown; a layer fading out keeps its filter, so what it drew
  // fades with it.
  const highlightKey = new Map<string, string>();
  // Hidden labels must leave the map, not only turn transparent: a label at
  // opacity 0 still takes its place in MapLibre's collision and pushes the
  // shown ones out (the town of Rafah lost its label to the hidden
  // crossings'). Changing a layer's visibility rebuilds nothing.
  const labelShown = new Map<string, boolean>();
  function applyLayers(show: readonly LayerId[], highlight: readonly FeatureId[], fade: boolean) {
    const shown = new Set(show);
    for (const l of storyLayers) {
      // The features this style layer draws, when the chapter decides them
      // (highlights, and layers that draw only what the chapter names); else null.
      const own = l.role === 'highlight'
        ? highlight.filter((id) => (LAYER_FEATURES[l.layer] as readonly FeatureId[]).includes(id))
        : NAMED_ONLY_LAYERS.has(l.layer) ? drawnFeatures(l.layer, highlight) : null;
      const visible = shown.has(l.layer) && (own === null || own.length > 0);
      if (visible && own !== null && highlightKey.get(l.id) !== own.join(' ')) {
        const filter: FilterSpecification = ['in', ['get', 'id'], ['literal', own]];
        map.setFilter(l.id, filter);
        highlightKey.set(l.id, own.join(' '));
      }
      if (l.type === 'symbol' && labelShown.get(l.id) !== visible) {
        map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none');
        labelShown.set(l.id, visible);
      }
      for (const prop of OPACITY_PAINT[l.type]) {
        map.setPaintProperty(l.id, `${prop}-transition`, { duration: fade ? 600 : 0, delay: 0 });
        map.setPaintProperty(l.id, prop, visible ? 1 : 0);
      }
    }
  }

  function moveCamera(chapter: MapChapter, animate: boolean) {
    const { camera } = chapter;
    // One padding, built in order: the text's, room for the names at the
    // fit's edges, the key, then the corners' furniture (whose search for the
    // closest zoom then sees the padding the fit will really use).
    const padding = clearOfFurniture(chapter, clearOfLegend(withLabelRoom(options.padding(), map.getContainer().clientWidth)));
    if (camera.bounds) {
      map.fitBounds(camera.bounds, {
        padding,
        maxZoom: camera.maxZoom ?? FIT_MAX_ZOOM,
        bearing: camera.bearing,
        pitch: camera.pitch,
        animate,
        duration: animate ? 2000 : 0,
        essential: false,
      });
    } else if (camera.center && camera.zoom !== undefined) {
      const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, padding };
      if (animate) map.flyTo({ ...target, duration: 2000, essential: false });
      else map.jumpTo(target);
    }
  }

  // The features keep clear of the corners' furniture as of the text: for
  // each box in their way, the padding grows below or beside it, whichever
  // lets the map zoom closer (a locator in the top-right corner of a phone
  // costs less beside a tall view, below a wide one).
  function clearOfFurniture({ camera }: MapChapter, padding: PaddingOptions): Padding {
    let chosen: Padding = { top: padding.top ?? 0, right: padding.right ?? 0, bottom: padding.bottom ?? 0, left: padding.left ?? 0 };
    const obstacles = options.obstacles?.() ?? [];
    if (obstacles.length === 0) return chosen;
    const frame = map.getContainer();
    const width = frame.clientWidth;
    const height = frame.clientHeight;
    const maxZoom = camera.maxZoom ?? FIT_MAX_ZOOM;
    const zoomWith = (p: PaddingOptions) => camera.bounds
      ? map.cameraForBounds(camera.bounds, { padding: p, maxZoom, bearing: camera.bearing })?.zoom ?? -Infinity
      : camera.zoom ?? 0;
    for (const { box, closeUp } of obstacles) {
      if (closeUp && zoomWith(chosen) < LOCATOR_MIN_ZOOM) continue;
      const ways = clearOfBox(chosen, box, width, height).filter((p) => usableFrame(p, width, height));
      if (ways.length) chosen = ways.reduce((best, p) => (zoomWith(p) > zoomWith(best) ? p : best));
    }
    return chosen;
  }

  // The key sits over the map: the features keep clear of it, as of the text.
  function clearOfLegend(padding: PaddingOptions): PaddingOptions {
    const key = options.legend;
    if (!key || key.hidden) return padding;
    const box = key.getBoundingClientRect();
    const frame = map.getContainer().getBoundingClientRect();
    if (box.height === 0) return padding;
    return box.top + box.height / 2 > frame.top + frame.height / 2
      ? { ...padding, bottom: Math.max(padding.bottom ?? 0, frame.bottom - box.top + 8) }
      : { ...padding, top: Math.max(padding.top ?? 0, box.bottom - frame.top + 8) };
  }

  // The chapter's call-outs go beside their points on the side where their text stays in view.
  let callouts: NonNullable<MapChapter['annotations']> = [];
  let calloutOrder = CALLOUT_ANCHORS.join(' ');
  function placeCallouts() {
    if (!map.getLayer('annotations')) return;
    const width = map.getContainer().clientWidth;
    const orders = callouts.map((c) => calloutAnchors(map.project(c.at).x, c.text, width));
    const order = orders.find((o) => o !== CALLOUT_ANCHORS) ?? CALLOUT_ANCHORS;
    if (order.join(' ') === calloutOrder) return;
    calloutOrder = order.join(' ');
    map.setLayoutProperty('annotations', 'text-variable-anchor', [...order]);
  }
  map.on('moveend', placeCallouts);

  let current: MapChapter | undefined;
  return {
    /** Show a chapter; `instant` skips the flight (first view, resize). */
    show(chapter: MapChapter, instant = false) {
      const animate = !instant && !options.reducedMotion();
      current = chapter;
      applyLayers(chapter.show, chapter.highlight, animate);
      // A GeoJSON source of a few points: replacing its data is cheap, and nothing else is rebuilt.
      (map.getSource?.('annotations') as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: (chapter.annotations ?? []).map((a) => ({ type: 'Feature', properties: { name: a.text, approximate: false }, geometry: { type: 'Point', coordinates: a.at } })),
      });
      callouts = chapter.annotations ?? [];
      if (options.legend) showLegend(options.legend, chapter.show, options.legendText);
      moveCamera(chapter, animate);
    },
    /** Re-frame the current chapter (after a resize or rotation). */
    refit() {
      if (current) moveCamera(current, false);
    },
    get chapter() {
      return current;
    },
    /** The label layers the current chapter shows (for the labels it has placed). */
    shownLabelLayers(): string[] {
      return [...labelShown].filter(([, shown]) => shown).map(([id]) => id);
    },
  };
}
export type Director = ReturnType<typeof createDirector>;

/** The most a fit leaves at each side for the names beside the points at its edges, in CSS px. */
export const FIT_LABEL_ROOM_PX = 48;

/**
 * A fit's padding with room at the left and right for the name of a point
 * at the fitted features' edge: a capital's name is drawn beside its dot, on
 * whichever side is free (style.ts), and MapLibre places a name that runs
 * off the map. Without it, Firefox at 1280×800, drawing the names in the
 * wider system face when a first visit misses the web font, cut "Abu Dhabi"
 * at the force map's right edge (issue 17). About three letters' width on a
 * desktop, less on a phone, where every pixel of width counts.
 */
export function withLabelRoom(padding: PaddingOptions, width: number): PaddingOptions {
  const room = Math.min(FIT_LABEL_ROOM_PX, Math.round(width * 0.04));
  return { ...padding, left: (padding.left ?? 0) + room, right: (padding.right ?? 0) + room };
}
