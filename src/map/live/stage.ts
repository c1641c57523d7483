/**
 * The map stage: poster (a static SVG per chapter, drawn at build time),
 * then the live MapLibre map once it has loaded, or the posters for good
 * (`fallback`) with a sentence that says why. Its `data-state` and
 * `data-chapter` are a public contract (DESIGN.md).
 */
import type { MapChapter } from '../shared/camera';
import type { Director } from './director';
import { webglAvailable } from './webgl';

export type StageState = 'poster' | 'loading' | 'ready' | 'fallback';

/** Longest wait for the map before the story gives up on it and keeps the pictures. */
const LOAD_TIMEOUT_MS = 20_000;

export const FALLBACK_TEXT = {
  webgl: 'This browser cannot draw the interactive map (WebGL is off or unavailable), so each chapter shows a still map instead.',
  failed: 'The interactive map could not be loaded, so each chapter shows a still map instead.',
  slow: 'The interactive map is taking too long to load, so each chapter shows a still map instead.',
} as const;

export interface StageOptions {
  stage: HTMLElement;
  chapters: readonly MapChapter[];
  attribution: string;
  /** Padding that keeps features clear of the text. */
  padding: () => { top: number; right: number; bottom: number; left: number };
  /** The static map of chapter `id` to clone as the poster; by default the one in its section. */
  posterSource?: (id: string) => Element | null;
}

/** The static map in chapter `id`'s own section (the poster's default source). */
export const mapInSection = (id: string) => document.querySelector(`#${CSS.escape(id)} [data-static-map]`);

export function createStage({ stage, chapters, attribution, padding, posterSource = mapInSection }: StageOptions) {
  const canvas = stage.querySelector<HTMLElement>('[data-map-canvas]')!;
  const status = stage.querySelector<HTMLElement>('[data-map-status]')!;
  const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  let director: Director | undefined;
  let map: import('maplibre-gl').Map | undefined;
  const exploreButton = stage.querySelector<HTMLButtonElement>('[data-map-explore]');
  let current = 0;
  let started = false;

  const setState = (state: StageState) => {
    stage.dataset.state = state;
  };
  const fallback = (reason: keyof typeof FALLBACK_TEXT) => {
    setState('fallback');
    // A translated page gives its own words on the stage (data-text-webgl, …: MapStage.astro).
    status.textContent = stage.dataset[`text${reason[0]!.toUpperCase()}${reason.slice(1)}`] ?? FALLBACK_TEXT[reason];
  };
  const posters = stage.querySelector<HTMLElement>('.map-posters');
  // The poster repeats the chapter's own map, which names what it shows: for
  // screen readers it is decoration, like the clones below (an unnamed
  // role="img" fails accessibility checks).
  const hide = (poster: Element) => {
    poster.setAttribute('aria-hidden', 'true');
    poster.removeAttribute('aria-label');
  };
  posters?.querySelectorAll('[data-static-map]').forEach(hide);
  // The poster is the chapter's own static map (in its section), cloned in:
  // each map is in the page once, and the stage shows the one being read.
  const showPoster = (index: number) => {
    const id = chapters[index]?.id;
    if (!posters || !id || posters.firstElementChild?.getAttribute('data-static-map') === id) return;
    const source = posterSource(id);
    if (!source) return;
    const poster = source.cloneNode(true) as SVGElement;
    hide(poster);
    posters.replaceChildren(poster);
  };

  /**
   * Exploring: the reader chose to pan and zoom the map themselves. Only then
   * does the canvas take gestures and keyboard focus; leaving puts the map
   * back on the chapter being read.
   */
  const explore = (on: boolean) => {
    if (!map || !exploreButton) return;
    const handlers = [map.dragPan, map.scrollZoom, map.doubleClickZoom, map.keyboard, map.touchZoomRotate];
    handlers.forEach((h) => (on ? h.enable() : h.disable()));
    const canvasEl = map.getCanvas();
    // Read before the canvas leaves the tab order, which drops its focus.
    const focusWasInMap = stage.contains(document.activeElement);
    stage.toggleAttribute('data-exploring', on);
    // The words are the page's, in its language (MapStage.astro: data-text-*).
    exploreButton.textContent = (on ? stage.dataset.textExploreBack : stage.dataset.textExplore)!;
    exploreButton.setAttribute('aria-pressed', String(on));
    if (on) {
      canvasEl.removeAttribute('aria-hidden');
      canvasEl.setAttribute('tabindex', '0');
      canvasEl.setAttribute('role', 'application');
      canvasEl.setAttribute('aria-label', stage.dataset.textCanvas!);
      canvasEl.focus({ preventScroll: true });
    } else {
      canvasEl.setAttribute('aria-hidden', 'true');
      canvasEl.removeAttribute('tabindex');
      canvasEl.removeAttribute('role');
      canvasEl.removeAttribute('aria-label');
      if (focusWasInMap) exploreButton.focus({ preventScroll: true });
      director?.refit();
    }
  };

  return {
    /** The reader moved to chapter `index`. */
    show(index: number) {
      current = index;
      const chapter = chapters[index];
      if (!chapter) return;
      stage.dataset.chapter = chapter.id;
      showPoster(index);
      if (stage.dataset.exploring !== undefined) explore(false);
      director?.show(chapter);
    },
    /** Load MapLibre and take over from the poster. Safe to call more than once. */
    async start() {
      if (started) return;
      started = true;
      if (!webglAvailable()) return fallback('webgl');
      setState('loading');
      status.textContent = 'Loading the interactive map…';
      const timer = setTimeout(() => fallback('slow'), LOAD_TIMEOUT_MS);
      try {
        const { mountMap } = await import('./mount-map');
        const first = chapters[current]!;
        const mounted = await mountMap(canvas, first, attribution, { padding, reducedMotion });
        clearTimeout(timer);
        if (stage.dataset.state === 'fallback') {
          mounted.map.remove();
          return;
        }
        director = mounted.director;
        const live = (map = mounted.map);
        const report = () => {
          const c = live.getCenter();
          stage.dataset.center = `${c.lng.toFixed(5)},${c.lat.toFixed(5)}`;
          stage.dataset.zoom = live.getZoom().toFixed(2);
          stage.dataset.camera = 'idle';
        };
        live.on('movestart', () => (stage.dataset.camera = 'moving'));
        live.on('moveend', report);
        if (exploreButton) {
          exploreButton.hidden = false;
          exploreButton.addEventListener('click', () => explore(stage.dataset.exploring === undefined));
          stage.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && stage.dataset.exploring !== undefined) explore(false);
          });
        }
        director.show(chapters[current]!, true);
        report();
        let resizeTimer = 0;
        window.addEventListener('resize', () => {
          clearTimeout(resizeTimer);
          resizeTimer = window.setTimeout(() => director?.refit(), 150);
        });
        status.textContent = '';
        setState('ready');
      } catch (error) {
        clearTimeout(timer);
        console.error(error);
        fallback('failed');
      }
    },
  };
}
