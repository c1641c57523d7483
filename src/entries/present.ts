/**
 * The slides: one slide shown at a time. Keys, the buttons, swipes, the hash
 * and the presenter's window move the navigator; the slides, the progress,
 * the hash, the announcement, the map stage and the presenter's window
 * follow it.
 */
import { startOnFirstMove } from '../map/live/first-move';
import { createStage } from '../map/live/stage';
import { openChannel } from '../client/channel';
import { offerOffline } from '../client/offline';
import { chapterFromHash, writeHash } from '../client/hash';
import { bindKeys } from '../client/key-binding';
import { slideKeysFor } from '../client/keys-slides';
import { slideKeyHandler } from '../client/slide-keys';
import { createNavigator } from '../client/navigator';
import { showProgress } from '../client/progress';
import { readChapters } from '../client/read-json';
import { markActive } from '../client/sections';
import { bindSwipe } from '../client/swipe';

const chapters = readChapters();
const ids = chapters.map((c) => c.id);
const total = chapters.length;
const slides = ids.map((id) => document.getElementById(id)!);
const stageEl = document.querySelector<HTMLElement>('[data-map-stage]')!;
const toolbar = document.querySelector<HTMLElement>('.slide-toolbar')!;
const prevButton = toolbar.querySelector<HTMLButtonElement>('[data-slide-prev]')!;
const nextButton = toolbar.querySelector<HTMLButtonElement>('[data-slide-next]')!;
const fullscreenButton = toolbar.querySelector<HTMLButtonElement>('[data-fullscreen]')!;
const notesLink = toolbar.querySelector<HTMLAnchorElement>('[data-open-notes]')!;
const progress = {
  text: toolbar.querySelector<HTMLElement>('[data-progress-text]'),
  fill: toolbar.querySelector<HTMLElement>('[data-progress-fill]'),
  prev: prevButton,
  next: nextButton,
};
const announce = document.querySelector<HTMLElement>('[data-slide-announce]')!;

const nav = createNavigator(total, ids.indexOf(chapterFromHash(location.hash, ids) ?? ids[0]!));

// Keep the chapter's features clear of the slide text and the toolbar: the
// text panel sits on the left on wide screens and over the bottom on narrow
// ones, so measure where it is rather than assume.
const padding = () => {
  const w = stageEl.clientWidth;
  const h = stageEl.clientHeight;
  const bar = toolbar.getBoundingClientRect();
  const bottomBar = Math.max(24, h - bar.top + 24);
  const panel = slides[nav.index]?.querySelector('.slide-panel')?.getBoundingClientRect();
  const pad = { top: 32, right: 32, bottom: Math.min(h * 0.4, bottomBar), left: 32 };
  if (panel && panel.width > 0) {
    // The panel is on the reading side: the left, or the right on a right-to-left page.
    if (panel.width < w * 0.66) pad[document.dir === 'rtl' ? 'right' : 'left'] = Math.min(w * 0.6, document.dir === 'rtl' ? w - panel.left + 32 : panel.right + 32);
    else pad.bottom = Math.min(h * 0.6, h - panel.top + 16);
  }
  return pad;
};
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

const channel = openChannel(total, (message) => {
  // A move from the notes window; confirm it even when already there,
  // so the notes settle on the slide shown.
  if (message.type === 'goto' && message.index !== nav.index) nav.go(message.index);
  else sendState();
});
const sendState = () => channel?.post({ type: 'state', index: nav.index, startedAt });

const show = (index: number) => {
  markActive(slides, index, { hideOthers: true });
  showProgress(progress, index, total);
  stage.show(index);
};
show(nav.index);
if (nav.index > 0) writeHash(ids[nav.index]!);
nav.subscribe((index) => {
  startMap();
  show(index);
  // Its words are the page's, in its language (PresentPage.astro: data-template).
  announce.textContent = announce.dataset.template!.replace('{n}', String(index + 1)).replace('{total}', String(total)).replace('{title}', chapters[index]!.title);
  writeHash(ids[index]!);
  sendState();
});

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

prevButton.addEventListener('click', () => nav.step(-1));
nextButton.addEventListener('click', () => nav.step(1));
fullscreenButton.addEventListener('click', toggleFullscreen);
notesLink.addEventListener('click', (e) => {
  e.preventDefault();
  openNotes();
});
const digits = toolbar.querySelector<HTMLElement>('[data-jump-buffer]');
bindKeys({ keys: slideKeysFor(document.dir), nav, handle: slideKeyHandler({ nav, fullscreen: toggleFullscreen, notes: openNotes, digits }) });
// Swipes on touch screens, outside the toolbar's buttons.
bindSwipe(document, (delta) => nav.step(delta), { ignore: '.slide-toolbar' });

window.addEventListener('hashchange', () => {
  const id = chapterFromHash(location.hash, ids);
  if (id) nav.go(ids.indexOf(id));
});
sendState();

// The offline classroom (issue 17): once the slides have loaded, the service
// worker keeps them, the presenter's window, the handout and the story for a
// room without a network, and the toolbar says "Ready offline" when it has.
// Imported, not loaded by import(): a dynamic import here would move Vite's
// preload helper into the chunk the story shares, at a cost to the story.
const offlineStatus = toolbar.querySelector<HTMLElement>('[data-offline-status]');
const offline = () => {
  if (offlineStatus) void offerOffline({ status: offlineStatus, url: `${import.meta.env.BASE_URL}sw.js`, scope: import.meta.env.BASE_URL });
};
if (document.readyState === 'complete') offline();
else window.addEventListener('load', offline, { once: true });
