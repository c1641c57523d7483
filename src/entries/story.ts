/**
 * The scrolling story's client: the step controller reports the active
 * chapter; the sections, the URL hash and the map stage follow it.
 */
import type { MapChapter } from '../map/shared/camera';
import { startOnFirstMove } from '../map/live/first-move';
import { createStage, mapInSection } from '../map/live/stage';
import { createDeferredMaps } from '../client/deferred-maps';
import { chapterFromHash, writeHash } from '../client/hash';
import { clampStep, stepForKey } from '../client/story-keys';
import { createStepper } from '../client/step-observer';
import { readJson } from '../client/read-json';

const chapters = readJson<MapChapter[]>('story-chapters-data');
const attribution = document.querySelector<HTMLElement>('[data-map-stage]')?.dataset.attribution ?? '';
const sections = chapters.map((c) => document.getElementById(c.id)!);
const stageEl = document.querySelector<HTMLElement>('[data-map-stage]')!;
const wide = matchMedia('(min-width: 60rem)');

// Keep features clear of the text: side by side on wide screens, the text
// cards cover the lower part of the map on phones.
const padding = () => {
  const h = stageEl.clientHeight;
  const w = stageEl.clientWidth;
  return wide.matches
    ? { top: 48, right: 48, bottom: 48, left: 48 }
    : { top: Math.round(h * 0.08), right: Math.round(w * 0.08), bottom: Math.round(h * 0.42), left: Math.round(w * 0.08) };
};

// The chapters' static maps become SVG when the page is idle, or when the
// stage needs one as its poster, or before printing.
const maps = createDeferredMaps();
const stage = createStage({
  stage: stageEl,
  chapters,
  attribution,
  padding,
  posterSource: (id) => {
    maps.materialize(id);
    return mapInSection(id);
  },
});
if (document.readyState === 'complete') maps.inIdleTime();
else window.addEventListener('load', () => maps.inIdleTime(), { once: true });
window.addEventListener('beforeprint', () => maps.all());
matchMedia('print').addEventListener('change', (event) => {
  if (event.matches) maps.all();
});

// A deep link opens at its chapter, with the map already there.
const linked = chapterFromHash(location.hash, chapters.map((c) => c.id));
if (linked) document.getElementById(linked)?.scrollIntoView({ block: 'start' });

const live = document.querySelector<HTMLElement>('[data-map-live]');
const nav = document.querySelector<HTMLElement>('[data-chapter-nav]');
const position = nav?.querySelector<HTMLElement>('[data-chapter-position]');

/** Tell screen readers what the map now shows (after the reader moved). */
const announce = (index: number) => {
  const description = sections[index]?.querySelector('[data-map-description]')?.textContent ?? '';
  if (live) live.textContent = `Chapter ${index + 1} of ${chapters.length}, ${chapters[index]!.title}. ${description}`;
};

let firstChange = true;
const stepper = createStepper(sections, {
  line: 0.5,
  onChange(index) {
    sections.forEach((s, i) => {
      s.toggleAttribute('data-active', i === index);
      if (i === index) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    });
    // Leave a bare URL alone until the reader has moved past the start.
    if (!firstChange || linked || index > 0) writeHash(chapters[index]!.id);
    if (!firstChange) announce(index);
    firstChange = false;
    if (position) position.textContent = `${index + 1} / ${chapters.length}`;
    nav?.querySelector<HTMLButtonElement>('[data-step="-1"]')?.toggleAttribute('disabled', index === 0);
    nav?.querySelector<HTMLButtonElement>('[data-step="1"]')?.toggleAttribute('disabled', index === chapters.length - 1);
    stage.show(index);
  },
});

// Chapter by chapter without scrolling: buttons and the J / K keys. The
// chapter's heading takes focus (without a jump) so screen readers follow.
const goTo = (index: number) => {
  const section = sections[index];
  if (!section) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  section.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
};
if (nav) {
  nav.hidden = false;
  nav.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-step]');
    if (button) goTo(clampStep(stepper.index, Number(button.dataset.step), chapters.length));
  });
}
document.addEventListener('keydown', (event) => {
  const step = stepForKey(event, event.target);
  if (step) goTo(clampStep(stepper.index, step, chapters.length));
});


// The map waits for the reader's first move (src/map/live/first-move.ts);
// a deep link's scroll counts. Until then the poster shows the chapter's map.
startOnFirstMove(() => void stage.start());
window.addEventListener('hashchange', () => {
  const id = chapterFromHash(location.hash, chapters.map((c) => c.id));
  if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  stepper.update();
});
