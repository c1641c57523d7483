/**
 * The slides' client: one slide shown at a time; the URL hash, the progress,
 * the map stage and the presenter's window follow it. Keys, buttons, swipes,
 * a hash change or the notes window move it.
 */
import type { MapChapter } from '../map/shared/camera';
import { startOnFirstMove } from '../map/live/first-move';
import { createStage } from '../map/live/stage';
import { CHANNEL_NAME, parseMessage, type PresentMessage } from '../client/channel';
import { clampIndex } from '../client/slide-number';
import { swipeMove } from '../client/swipe';
import { chapterFromHash, writeHash } from '../client/hash';
import { readJson } from '../client/read-json';
import { bindSlideKeys } from '../client/slide-keys';

const chapters = readJson<MapChapter[]>('present-chapters-data');
const ids = chapters.map((c) => c.id);
const total = chapters.length;
const slides = ids.map((id) => document.getElementById(id)!);
const stageEl = document.querySelector<HTMLElement>('[data-map-stage]')!;
const toolbar = document.querySelector<HTMLElement>('.slide-toolbar')!;
const prevButton = toolbar.querySelector<HTMLButtonElement>('[data-slide-prev]')!;
const nextButton = toolbar.querySelector<HTMLButtonElement>('[data-slide-next]')!;
const fullscreenButton = toolbar.querySelector<HTMLButtonElement>('[data-fullscreen]')!;
const notesLink = toolbar.querySelector<HTMLAnchorElement>('[data-open-notes]')!;
const progressText = toolbar.querySelector<HTMLElement>('[data-progress-text]')!;
const progressFill = toolbar.querySelector<HTMLElement>('[data-progress-fill]')!;
const digitsEl = toolbar.querySelector<HTMLElement>('[data-jump-buffer]')!;
const announce = document.querySelector<HTMLElement>('[data-slide-announce]')!;

// Keep the chapter's features clear of the slide text and the toolbar: the
// text panel sits on the left on wide screens and over the bottom on narrow
// ones, so measure where it is rather than assume.
const padding = () => {
  const w = stageEl.clientWidth;
  const h = stageEl.clientHeight;
  const bar = toolbar.getBoundingClientRect();
  const bottomBar = Math.max(24, h - bar.top + 24);
  const panel = slides[current]?.querySelector('.slide-panel')?.getBoundingClientRect();
  const pad = { top: 32, right: 32, bottom: Math.min(h * 0.4, bottomBar), left: 32 };
  if (panel && panel.width > 0) {
    if (panel.width < w * 0.66) pad.left = Math.min(w * 0.6, panel.right + 32);
    else pad.bottom = Math.min(h * 0.6, h - panel.top + 16);
  }
  return pad;
};

let current = clampIndex(ids.indexOf(chapterFromHash(location.hash, ids) ?? ids[0]!), total);
const stage = createStage({ stage: stageEl, chapters, attribution: stageEl.dataset.attribution ?? '', padding });

// The map waits for the presenter's first move here (a key, the clicker, the
// mouse) or a slide change from the presenter's window; until then the first
// slide shows its poster, the same map drawn at build time.
const startMap = startOnFirstMove(() => void stage.start());

// The clock the presenter's window shows runs from when the presentation
// opened; a reload of this tab keeps it (sessionStorage is per tab).
const startedAt = (() => {
  const key = 'rafah-present-started';
  try {
    const saved = Number(sessionStorage.getItem(key));
    if (Number.isFinite(saved) && saved > 0 && saved <= Date.now()) return saved;
    const now = Date.now();
    sessionStorage.setItem(key, String(now));
    return now;
  } catch {
    return Date.now();
  }
})();

const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL_NAME) : undefined;
const post = (message: PresentMessage) => channel?.postMessage(message);
const sendState = () => post({ type: 'state', index: current, startedAt });

function render(index: number, announceIt: boolean) {
  slides.forEach((slide, i) => {
    const active = i === index;
    slide.hidden = !active;
    slide.toggleAttribute('data-active', active);
    if (active) slide.setAttribute('aria-current', 'step');
    else slide.removeAttribute('aria-current');
  });
  progressText.textContent = `${index + 1} / ${total}`;
  progressFill.style.width = `${((index + 1) / total) * 100}%`;
  prevButton.setAttribute('aria-disabled', String(index === 0));
  nextButton.setAttribute('aria-disabled', String(index === total - 1));
  if (announceIt) announce.textContent = `Slide ${index + 1} of ${total}: ${chapters[index]!.title}`;
}

function go(index: number) {
  const next = clampIndex(index, total);
  if (next === current) return;
  current = next;
  startMap();
  render(current, true);
  writeHash(ids[current]!);
  stage.show(current);
  sendState();
}

render(current, false);
if (current > 0) writeHash(ids[current]!);
stage.show(current);

// Full screen: F or the button; Escape leaves it (the browser's own key).
const toggleFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen();
  else document.documentElement.requestFullscreen?.().catch(() => undefined);
};
if (!document.fullscreenEnabled) fullscreenButton.hidden = true;
document.addEventListener('fullscreenchange', () => {
  fullscreenButton.setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
});

// The presenter's window opens as a separate window (for the laptop screen
// while the slides are on the projector); the link works as a plain link too.
const openNotes = () => {
  const win = window.open(notesLink.href, notesLink.target, 'popup,width=960,height=720');
  if (!win) location.assign(notesLink.href);
};

prevButton.addEventListener('click', () => go(current - 1));
nextButton.addEventListener('click', () => go(current + 1));
fullscreenButton.addEventListener('click', toggleFullscreen);
notesLink.addEventListener('click', (e) => {
  e.preventDefault();
  openNotes();
});

bindSlideKeys({
  total,
  index: () => current,
  go,
  fullscreen: toggleFullscreen,
  notes: openNotes,
  onDigits(digits) {
    digitsEl.hidden = !digits;
    digitsEl.textContent = digits ? `Go to slide ${digits}… (Enter)` : '';
  },
});

// Swipes on touch screens, outside the toolbar's buttons.
let touchStart: { x: number; y: number } | undefined;
document.addEventListener('touchstart', (e) => {
  const t = e.touches[0];
  const onToolbar = e.target instanceof Element && e.target.closest('.slide-toolbar');
  touchStart = t && e.touches.length === 1 && !onToolbar ? { x: t.clientX, y: t.clientY } : undefined;
}, { passive: true });
document.addEventListener('touchend', (e) => {
  const t = e.changedTouches[0];
  if (!touchStart || !t) return;
  const move = swipeMove(t.clientX - touchStart.x, t.clientY - touchStart.y);
  touchStart = undefined;
  if (move) go(current + (move === 'next' ? 1 : -1));
}, { passive: true });

window.addEventListener('hashchange', () => {
  const id = chapterFromHash(location.hash, ids);
  if (id) go(ids.indexOf(id));
});

if (channel) {
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = parseMessage(e.data, total);
    // A move from the notes window; confirm it even when already there,
    // so the notes settle on the slide shown.
    if (message?.type === 'goto' && message.index !== current) go(message.index);
    else if (message) sendState();
  });
  sendState();
}
