/**
 * The presenter's window: shows the notes for the slide the presentation
 * shows, and moves the presentation when the presenter steps here. The
 * clock counts from the presentation's start time, which comes with every
 * `state` message, so both windows agree even when the notes open later.
 */
import { openChannel } from '../client/channel';
import { formatElapsed } from '../client/clock';
import { bindKeys } from '../client/key-binding';
import { slideKeysFor } from '../client/keys-slides';
import { slideKeyHandler } from '../client/slide-keys';
import { createNavigator } from '../client/navigator';
import { showProgress } from '../client/progress';

const root = document.querySelector<HTMLElement>('[data-notes]')!;
const sections = [...root.querySelectorAll<HTMLElement>('[data-notes-for]')];
const total = sections.length;
const clock = root.querySelector<HTMLElement>('[data-notes-clock]')!;
const link = root.querySelector<HTMLElement>('[data-notes-link]')!;
const progress = {
  text: root.querySelector<HTMLElement>('[data-notes-progress]'),
  prev: root.querySelector<HTMLButtonElement>('[data-slide-prev]'),
  next: root.querySelector<HTMLButtonElement>('[data-slide-next]'),
};

const nav = createNavigator(total);
let startedAt: number | undefined;
// A move made here that the presentation has not yet confirmed: states for
// other slides that cross it on the channel are stale and not shown.
let pending: { index: number; at: number } | undefined;
// Set while showing a slide the presentation reported (not a move to send back).
let following = false;

const show = (index: number) => {
  sections.forEach((s, i) => (s.hidden = i !== index));
  showProgress(progress, index, total);
  root.dataset.index = String(index);
};

function tick() {
  clock.textContent = startedAt === undefined ? '--:--' : formatElapsed(Date.now() - startedAt);
}

const channel = openChannel(total, (message) => {
  if (message.type !== 'state') return;
  if (startedAt === undefined) {
    link.textContent = link.dataset.connected ?? 'Connected to the slides.';
    root.dataset.connected = '';
  }
  startedAt = message.startedAt;
  tick();
  if (pending && message.index !== pending.index && Date.now() - pending.at < 1500) return;
  pending = undefined;
  following = true;
  nav.go(message.index);
  following = false;
});

show(nav.index);
nav.subscribe((index) => {
  show(index);
  if (following) return;
  pending = { index, at: Date.now() };
  channel?.post({ type: 'goto', index });
});
tick();
window.setInterval(tick, 1000);

progress.prev?.addEventListener('click', () => nav.step(-1));
progress.next?.addEventListener('click', () => nav.step(1));
bindKeys({ keys: slideKeysFor(document.dir), nav, handle: slideKeyHandler({ nav, digits: root.querySelector<HTMLElement>('[data-jump-buffer]') }) });

if (channel) channel.post({ type: 'hello' });
else link.textContent = 'This browser cannot link the two windows (no BroadcastChannel): step through the slides and the notes separately.';
