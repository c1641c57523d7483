/**
 * The embed's client (/embed/ and /embed/<chapter>/): one chapter at a time,
 * stepped inside the frame with the buttons, ←/→ and a horizontal swipe;
 * the map stage follows, and the frame reports its height to the host.
 *
 * Host-safety rules kept here: no storage, cookies or history (a sandboxed
 * frame has an opaque origin); no focus() and no scrollIntoView (either can
 * scroll the host page); nothing from the URL or a message enters the page.
 */
import { startHeightReporter } from '../client/height-reporter';
import { embedIds } from '../embed/messages';
import type { MapChapter } from '../map/shared/camera';
import { startOnFirstMove } from '../map/live/first-move';
import { createStage } from '../map/live/stage';
import { readJson } from '../client/read-json';

interface EmbedData {
  chapters: MapChapter[];
  start: number;
  embedId: string;
}

const { chapters, start, embedId } = readJson<EmbedData>('embed-data');
const content = document.querySelector<HTMLElement>('[data-embed-content]')!;
const steps = content.querySelector<HTMLElement>('[data-embed-steps]')!;
const stageEl = content.querySelector<HTMLElement>('[data-map-stage]')!;
const sections = chapters.map((c) => document.getElementById(c.id)!);
const position = content.querySelector<HTMLElement>('[data-embed-position]')!;
const [prev, next] = [-1, 1].map((d) => content.querySelector<HTMLButtonElement>(`[data-embed-step="${d}"]`)!) as [
  HTMLButtonElement,
  HTMLButtonElement,
];

const reporter = startHeightReporter({ content, ...embedIds(location.search, embedId) });
const stage = createStage({
  stage: stageEl,
  chapters,
  attribution: stageEl.dataset.attribution ?? '',
  padding: () => ({ top: 24, right: 24, bottom: 24, left: 24 }),
});

let index = start;
function render() {
  // Focus inside the section about to be hidden (its story link) would fall
  // to the body: keep it in the card, on the new section's link, without
  // scrolling anything.
  const hadFocus = sections.some((s, i) => i !== index && s.contains(document.activeElement));
  sections.forEach((s, i) => {
    s.hidden = i !== index;
    s.toggleAttribute('data-active', i === index);
    if (i === index) s.setAttribute('aria-current', 'step');
    else s.removeAttribute('aria-current');
  });
  position.textContent = `Chapter ${index + 1} of ${chapters.length}`;
  // aria-disabled rather than disabled: a disabled button drops keyboard
  // focus to the body, and the reader loses their place.
  prev.setAttribute('aria-disabled', String(index === 0));
  next.setAttribute('aria-disabled', String(index === chapters.length - 1));
  content.dataset.chapter = chapters[index]!.id;
  stage.show(index);
  reporter.report();
  if (hadFocus) sections[index]!.querySelector<HTMLElement>('.embed-story-link a')?.focus({ preventScroll: true });
}
function step(delta: number) {
  const target = index + delta;
  if (target < 0 || target >= chapters.length) return;
  index = target;
  render();
}

prev.addEventListener('click', () => step(-1));
next.addEventListener('click', () => step(1));
document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (!delta) return;
  // An unhandled arrow key in a frame that cannot scroll would scroll the host.
  event.preventDefault();
  step(delta);
});

// A horizontal swipe steps; vertical movement stays the host page's scroll
// (touch-action: pan-y pinch-zoom on the steps).
let swipe: { x: number; y: number; id: number } | undefined;
steps.addEventListener('pointerdown', (e) => {
  if (e.pointerType !== 'mouse') swipe = { x: e.clientX, y: e.clientY, id: e.pointerId };
});
steps.addEventListener('pointerup', (e) => {
  if (!swipe || e.pointerId !== swipe.id) return;
  const dx = e.clientX - swipe.x;
  const dy = e.clientY - swipe.y;
  swipe = undefined;
  if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) step(dx < 0 ? 1 : -1);
});
steps.addEventListener('pointercancel', () => (swipe = undefined));

render();

// The map waits for the reader's first move over the card (a tap, the mouse,
// a key, a step); until then the card shows its poster, the same map drawn at
// build time. A host page with several cards loads no map for a card that
// its reader scrolls past.
startOnFirstMove(() => void stage.start());
