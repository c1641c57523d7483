/**
 * The embeds (/embed/ and /embed/<chapter>/): one chapter at a time, stepped
 * inside the frame with the buttons, ←/→ and a horizontal swipe; the map
 * stage follows, and the frame reports its height to the host.
 *
 * Host-safety rules kept here: no storage, cookies or history (a sandboxed
 * frame has an opaque origin); no focus() that scrolls and no scrollIntoView
 * (either can scroll the host page); nothing from the URL or a message
 * enters the page.
 */
import { startHeightReporter } from '../client/height-reporter';
import { bindKeys } from '../client/key-binding';
import { cardKeysFor } from '../client/keys-card';
import { createNavigator } from '../client/navigator';
import { showProgress } from '../client/progress';
import { readChapters } from '../client/read-json';
import { markActive } from '../client/sections';
import { bindSwipe } from '../client/swipe';
import { embedIds } from '../embed/messages';
import { startOnFirstMove } from '../map/live/first-move';
import { createStage } from '../map/live/stage';

const chapters = readChapters();
const content = document.querySelector<HTMLElement>('[data-embed-content]')!;
const steps = content.querySelector<HTMLElement>('[data-embed-steps]')!;
const stageEl = content.querySelector<HTMLElement>('[data-map-stage]')!;
const sections = chapters.map((c) => document.getElementById(c.id)!);
const progress = {
  text: content.querySelector<HTMLElement>('[data-embed-position]'),
  prev: content.querySelector<HTMLElement>('[data-embed-step="-1"]'),
  next: content.querySelector<HTMLElement>('[data-embed-step="1"]'),
  // The words are the page's, in its language (EmbedCard.astro: data-position).
  format: (index: number, count: number) => content.dataset.position!.replace('{n}', String(index + 1)).replace('{total}', String(count)),
};

const reporter = startHeightReporter({ content, ...embedIds(location.search, content.dataset.embedId ?? '') });
const stage = createStage({
  stage: stageEl,
  chapters,
  attribution: stageEl.dataset.attribution ?? '',
  padding: () => ({ top: 24, right: 24, bottom: 24, left: 24 }),
});

const nav = createNavigator(chapters.length, Number(content.dataset.start ?? 0));
const show = (index: number, previous?: number) => {
  // Focus inside the section about to be hidden (its story link) would fall
  // to the body: keep it in the card, on the new section's link, without
  // scrolling anything.
  const hadFocus = previous !== undefined && sections[previous]!.contains(document.activeElement);
  markActive(sections, index, { hideOthers: true });
  showProgress(progress, index, chapters.length);
  content.dataset.chapter = chapters[index]!.id;
  stage.show(index);
  reporter.report();
  if (hadFocus) sections[index]!.querySelector<HTMLElement>('.embed-story-link a')?.focus({ preventScroll: true });
};
show(nav.index);
nav.subscribe(show);

progress.prev?.addEventListener('click', () => nav.step(-1));
progress.next?.addEventListener('click', () => nav.step(1));
bindKeys({ keys: cardKeysFor(document.dir), nav });
// A horizontal swipe steps; vertical movement stays the host page's scroll
// (touch-action: pan-y pinch-zoom on the steps).
bindSwipe(steps, (delta) => nav.step(delta));

// The map waits for the reader's first move over the card (a tap, the mouse,
// a key, a step); until then the card shows its poster, the same map drawn at
// build time. A host page with several cards loads no map for a card that
// its reader scrolls past.
startOnFirstMove(() => void stage.start());
