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
import { createDirector, type Director, type DirectorOptions } from './director';
import { LOCATOR_MIN_ZOOM, locatorRect } from '../shared/locator';
import { buildStyle, labelTextOf, localiseLabels, localLabelTextOf, type LabelLanguage } from './style';
import type { LayerId } from '../../model/ids';

maplibregl.setWorkerUrl(workerUrl);

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
      ? { bounds: camera.bounds, fitBoundsOptions: { padding: options.padding(), maxZoom: camera.maxZoom ?? FIT_MAX_ZOOM } }
      : { center: camera.center, zoom: camera.zoom }),
    bearing: camera.bearing,
    pitch: camera.pitch,
  });
  // Close-ups (from LOCATOR_MIN_ZOOM, about 60 km across a phone) get a
  // metric scale bar and the locator inset, whose rectangle follows the
  // camera. At the world and region views a bar would mislead (Mercator's
  // scale varies across the map) and the map is its own locator.
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'top-right');
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
      const director = createDirector(map, { ...options, legend: stage?.querySelector<HTMLElement>(':scope > [data-legend]'), legendText: language?.legend });
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
      resolve({ map, director, labels });
    };
    map.once('load', onLoad);
    map.once('error', onError);
  });
}
