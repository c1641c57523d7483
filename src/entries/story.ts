/**
 * The scrolling story. Scrolling is the input here: the step observer tells
 * the navigator which chapter is being read; the buttons and the J / K keys
 * scroll to a chapter, and the observer follows. The sections, the hash, the
 * live region, the chapter buttons and the map stage follow the navigator.
 */
import { startOnFirstMove } from '../map/live/first-move';
import { createStage, mapInSection } from '../map/live/stage';
import { createDeferredMaps } from '../client/deferred-maps';
import { chapterFromHash, writeHash } from '../client/hash';
import { bindKeys } from '../client/key-binding';
import { scrollKeys } from '../client/keys-scroll';
import { createNavigator } from '../client/navigator';
import { showProgress } from '../client/progress';
import { bindShareButtons } from '../client/share';
import { readChapters } from '../client/read-json';
import { markActive } from '../client/sections';
import { observeSteps } from '../client/step-observer';
import { storyPadding } from '../map/shared/story-padding';

const chapters = readChapters();
const ids = chapters.map((c) => c.id);
const sections = ids.map((id) => document.getElementById(id)!);
const stageEl = document.querySelector<HTMLElement>('[data-map-stage]')!;
const wide = matchMedia('(min-width: 60rem)');

// Keep features clear of the text (map/shared/story-padding.ts: beside it on wide
// screens, above the cards on phones).
const padding = () => storyPadding(stageEl.clientWidth, stageEl.clientHeight, wide.matches);

// The chapters' static maps become SVG when the page is idle, or when the
// stage needs one as its poster, or before printing.
const maps = createDeferredMaps();
const stage = createStage({
  stage: stageEl,
  chapters,
  attribution: stageEl.dataset.attribution ?? '',
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
const jumpTo = (id: string | undefined) => id && document.getElementById(id)?.scrollIntoView({ block: 'start' });
const linked = chapterFromHash(location.hash, ids);
jumpTo(linked);

const live = document.querySelector<HTMLElement>('[data-map-live]');
const buttons = document.querySelector<HTMLElement>('[data-chapter-nav]');
const progress = {
  text: buttons?.querySelector<HTMLElement>('[data-chapter-position]'),
  prev: buttons?.querySelector<HTMLElement>('[data-step="-1"]'),
  next: buttons?.querySelector<HTMLElement>('[data-step="1"]'),
};

const observer = observeSteps(sections); // the reading line: mid-screen
const nav = createNavigator(chapters.length, observer.index);
observer.subscribe((index) => nav.go(index));

const follow = (index: number) => {
  markActive(sections, index);
  showProgress(progress, index, chapters.length);
  stage.show(index);
};
// Leave a bare URL alone until the reader has moved past the start.
if (linked || nav.index > 0) writeHash(ids[nav.index]!);
follow(nav.index);
nav.subscribe((index) => {
  follow(index);
  writeHash(ids[index]!);
  // Tell screen readers what the map now shows.
  const description = sections[index]?.querySelector('[data-map-description]')?.textContent ?? '';
  // Its words are the page's, in its language (Story.astro: data-template).
  if (live) live.textContent = live.dataset.template!.replace('{n}', String(index + 1)).replace('{total}', String(chapters.length)).replace('{title}', chapters[index]!.title).replace('{description}', description);
});

// Chapter by chapter without scrolling: buttons and the J / K keys. The
// chapter's heading takes focus (without a jump) so screen readers follow.
const scrollTo = (index: number) => {
  const section = sections[index];
  if (!section) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  section.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
};
if (buttons) {
  buttons.hidden = false;
  buttons.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-step]');
    if (button) scrollTo(nav.index + Number(button.dataset.step));
  });
}
bindKeys({ keys: scrollKeys, nav, move: scrollTo, passive: true });

// Each chapter's Share button: the share sheet, or its link copied.
bindShareButtons();

// The map waits for the reader's first move (src/map/live/first-move.ts);
// a deep link's scroll counts. Until then the poster shows the chapter's map.
startOnFirstMove(() => void stage.start());
window.addEventListener('hashchange', () => {
  jumpTo(chapterFromHash(location.hash, ids));
  observer.update();
});
