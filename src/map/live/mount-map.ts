/**
 * Creates the MapLibre map in the stage. This module (and MapLibre with it)
 * is loaded only by a dynamic import from the stage controller, so the story
 * reads and scrolls before any map code arrives.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// MapLibre's CSS (70 KB) comes with this chunk and is added when the map
// mounts: imported plainly, Astro would link it from every page's <head>,
// where it blocks the first paint.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { FIT_MAX_ZOOM, type MapChapter } from '../shared/camera';
import { createDirector, withLabelRoom, type Director, type DirectorOptions } from './director';
import { LOCATOR_MIN_ZOOM, locatorRect } from '../shared/locator';
import { buildStyle, labelTextOf, localiseLabels, localLabelTextOf, type LabelLanguage } from './style';
import type { LayerId } from '../../model/ids';

maplibregl.setWorkerUrl(workerUrl);

/** The longest the live scale bar grows, in CSS px. */
const SCALE_MAX_WIDTH = 120;

export interface MountedMap {
  /** The texts of the labels the map has placed in its view, for the chapter shown (the stage's data-labels). */
  labels(): string[];
  map: maplibregl.Map;
  director: Director;
}

export function mountMap(
  container: HTMLElement,
  first: MapChapter,
  attribution: string,
  options: DirectorOptions,
): Promise<MountedMap> {
  // A stylesheet file of this site (an inline <style> would need a CSP hash).
  if (!document.querySelector('link[data-maplibre-css]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = maplibreCssUrl;
    link.dataset.maplibreCss = '';
    document.head.append(link);
  }
  const base = new URL(import.meta.env.BASE_URL, location.href).href;
  const { camera } = first;
  // The stage around the map: its locator, key and data-labels are filled from here.
  const stage = container.closest<HTMLElement>('[data-map-stage]');
  // A translated page gives its labels' language on the stage (MapStage.astro).
  const language = stage?.dataset.labelLanguage ? (JSON.parse(stage.dataset.labelLanguage) as LabelLanguage & { km: string; m: string; legend: Partial<Record<LayerId, string>> }) : undefined;
  const style = buildStyle(base, attribution);
  const map = new maplibregl.Map({
    container,
    style: language ? localiseLabels(style, language) : style,
    // The story map follows the text: it must never capture the page's
    // scroll or a swipe, so every gesture is off until the reader chooses
    // to explore the map (stage.ts turns them on).
    interactive: true,
    dragPan: false,
    dragRotate: false,
    scrollZoom: false,
    boxZoom: false,
    doubleClickZoom: false,
    keyboard: false,
    touchZoomRotate: false,
    touchPitch: false,
    attributionControl: { compact: false },
    ...(camera.bounds
      ? { bounds: camera.bounds, fitBoundsOptions: { padding: withLabelRoom(options.padding(), container.clientWidth), maxZoom: camera.maxZoom ?? FIT_MAX_ZOOM } }
      : { center: camera.center, zoom: camera.zoom }),
    bearing: camera.bearing,
    pitch: camera.pitch,
  });
  // Close-ups (from LOCATOR_MIN_ZOOM, about 60 km across a phone) get a
  // metric scale bar and the locator inset, whose rectangle follows the
  // camera. At the world and region views a bar would mislead (Mercator's
  // scale varies across the map) and the map is its own locator.
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: SCALE_MAX_WIDTH }), 'top-right');
  const scaleBar = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  if (scaleBar) scaleBar.dataset.scaleBar = '';
  // MapLibre writes "10 km": the unit in the page's language, after each of its updates.
  if (scaleBar && language) {
    const unit = () => (scaleBar.textContent = scaleBar.textContent!.replace(/\bkm\b/, language.km).replace(/\bm$/, language.m));
    map.on('move', unit);
    unit();
  }
  const locator = stage?.querySelector<SVGElement>(':scope > svg.map-locator');
  const closeUpFurniture = () => {
    const closeUp = map.getZoom() >= LOCATOR_MIN_ZOOM;
    if (scaleBar) scaleBar.hidden = !closeUp;
    if (!locator) return;
    locator.toggleAttribute('hidden', !closeUp);
    const b = map.getBounds();
    const [x, y, width, height] = locatorRect([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    for (const rect of locator.querySelectorAll('[data-locator-view], [data-locator-casing]')) {
      Object.entries({ x, y, width, height }).forEach(([k, v]) => rect.setAttribute(k, v.toFixed(2)));
    }
  };
  map.on('moveend', closeUpFurniture);
  closeUpFurniture();
  // Out of the tab order and hidden from screen readers, which get the
  // chapter's map in words instead (until the reader explores the map).
  map.getCanvas().setAttribute('aria-hidden', 'true');
  map.getCanvas().removeAttribute('tabindex');
  map.getCanvas().removeAttribute('role');

  return new Promise((resolve, reject) => {
    const onError = (e: maplibregl.ErrorEvent) => {
      map.off('load', onLoad);
      reject(e.error ?? new Error('The map could not load its data.'));
    };
    const onLoad = () => {
      map.off('error', onError);
      const director = createDirector(map, {
        ...options,
        legend: stage?.querySelector<HTMLElement>(':scope > [data-legend]'),
        legendText: language?.legend,
        obstacles: () => furniture(container, locator, stage?.querySelector<HTMLElement>(':scope > [data-map-explore]')),
      });
      const labels = () => {
        const layers = [...director.shownLabelLayers(), 'sea-labels', 'annotations'];
        // For symbol layers MapLibre returns only what it placed on screen (after collisions).
        const placed = layers.length ? map.queryRenderedFeatures({ layers }) : [];
        return [...new Set(placed.map((f) => (language ? localLabelTextOf(f.properties, language) : labelTextOf(f.properties))))];
      };
      // The labels placed in view, once the map has settled: the stage's data-labels (DESIGN.md).
      map.on('idle', () => {
        if (stage) stage.dataset.labels = JSON.stringify(labels());
      });
      // The reader folded or unfolded the key: the features re-frame around it.
      stage?.querySelector(':scope > [data-legend]')?.addEventListener('toggle', () => director.refit());
      resolve({ map, director, labels });
    };
    map.once('load', onLoad);
    map.once('error', onError);
  });
}

/**
 * The boxes of the map's corner furniture in the stage's pixels, for the
 * director to keep the features clear of. The locator is measured from its
 * style, as it is not displayed until the camera arrives at a close-up; the
 * scale bar hangs below it (global.css).
 */
function furniture(container: HTMLElement, locator: SVGElement | null | undefined, explore: HTMLElement | null | undefined) {
  const frame = container.getBoundingClientRect();
  const boxes: { box: { x0: number; y0: number; x1: number; y1: number }; closeUp: boolean }[] = [];
  if (locator) {
    const css = getComputedStyle(locator);
    const px = (v: string) => parseFloat(v) || 0;
    const controls = container.querySelector('.maplibregl-ctrl-top-right');
    const barBottom = controls ? px(getComputedStyle(controls).top) + 28 : 0;
    // The bar can be wider than the locator: SCALE_MAX_WIDTH and its control's 10 px margin.
    const x0 = frame.width - Math.max(px(css.right) + px(css.width), SCALE_MAX_WIDTH + 12);
    boxes.push({ box: { x0, y0: 0, x1: frame.width, y1: Math.max(px(css.top) + px(css.height), barBottom) }, closeUp: true });
  }
  if (explore && !explore.hidden) {
    const b = explore.getBoundingClientRect();
    if (b.width > 0) boxes.push({ box: { x0: b.left - frame.left, y0: b.top - frame.top, x1: b.right - frame.left, y1: b.bottom - frame.top }, closeUp: false });
  }
  return boxes;
}
