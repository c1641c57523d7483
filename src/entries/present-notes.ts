/**
 * The presenter's window: shows the notes for the slide the presentation
 * shows, and moves the presentation when the presenter steps here. The
 * clock counts from the presentation's start time, which comes with every
 * `state` message, so both windows agree even when the notes open later.
 */
import { CHANNEL_NAME, parseMessage, type PresentMessage } from '../client/channel';
import { formatElapsed } from '../client/clock';
import { clampIndex } from '../client/slide-number';
import { bindSlideKeys } from '../client/slide-keys';

const root = document.querySelector<HTMLElement>('[data-notes]')!;
const sections = [...root.querySelectorAll<HTMLElement>('[data-notes-for]')];
const total = sections.length;
const progress = root.querySelector<HTMLElement>('[data-notes-progress]')!;
const clock = root.querySelector<HTMLElement>('[data-notes-clock]')!;
const link = root.querySelector<HTMLElement>('[data-notes-link]')!;
const digitsEl = root.querySelector<HTMLElement>('[data-jump-buffer]')!;
const prevButton = root.querySelector<HTMLButtonElement>('[data-slide-prev]')!;
const nextButton = root.querySelector<HTMLButtonElement>('[data-slide-next]')!;

let current = 0;
let startedAt: number | undefined;
// A move made here that the presentation has not yet confirmed: states for
// other slides that cross it on the channel are stale and not shown.
let pending: { index: number; at: number } | undefined;

const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL_NAME) : undefined;
const post = (message: PresentMessage) => channel?.postMessage(message);

function show(index: number) {
  current = clampIndex(index, total);
  sections.forEach((s, i) => (s.hidden = i !== current));
  progress.textContent = `${current + 1} / ${total}`;
  root.dataset.index = String(current);
  prevButton.setAttribute('aria-disabled', String(current === 0));
  nextButton.setAttribute('aria-disabled', String(current === total - 1));
}

function go(index: number) {
  const next = clampIndex(index, total);
  if (next === current) return;
  show(next);
  pending = { index: next, at: Date.now() };
  post({ type: 'goto', index: next });
}

function tick() {
  clock.textContent = startedAt === undefined ? '--:--' : formatElapsed(Date.now() - startedAt);
}

show(0);
tick();
window.setInterval(tick, 1000);

prevButton.addEventListener('click', () => go(current - 1));
nextButton.addEventListener('click', () => go(current + 1));
bindSlideKeys({
  total,
  index: () => current,
  go,
  onDigits(digits) {
    digitsEl.hidden = !digits;
    digitsEl.textContent = digits ? `Go to slide ${digits}… (Enter)` : '';
  },
});

if (channel) {
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = parseMessage(e.data, total);
    if (message?.type !== 'state') return;
    if (startedAt === undefined) {
      link.textContent = 'Connected to the slides.';
      root.dataset.connected = '';
    }
    startedAt = message.startedAt;
    tick();
    if (pending && message.index !== pending.index && Date.now() - pending.at < 1500) return;
    pending = undefined;
    if (message.index !== current) show(message.index);
  });
  post({ type: 'hello' });
} else {
  link.textContent = 'This browser cannot link the two windows (no BroadcastChannel): step through the slides and the notes separately.';
}
