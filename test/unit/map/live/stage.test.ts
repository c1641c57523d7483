// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createStage, FALLBACK_TEXT } from '../../../../src/map/live/stage';
import type { MapChapter } from '../../../../src/map/shared/camera';

const chapter = (id: string): MapChapter => ({ id, title: id, camera: { center: [34, 31], zoom: 8, bearing: 0, pitch: 0 }, show: [], highlight: [] });
const chapters = ['one', 'two'].map(chapter);

beforeEach(() => {
  document.body.innerHTML = `
    <figure data-map-stage data-state="poster" data-chapter="one">
      <div class="map-posters"><svg data-static-map="one" role="img" aria-label="Map one"></svg></div>
      <div data-map-canvas></div><p data-map-status></p>
    </figure>
    <section id="one"><svg data-static-map="one"></svg></section>
    <section id="two"><svg data-static-map="two" role="img" aria-label="Map two"></svg></section>`;
});
const stageEl = () => document.querySelector<HTMLElement>('[data-map-stage]')!;
const stage = () => createStage({ stage: stageEl(), chapters, attribution: '', padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }) });

describe('the map stage', () => {
  test('its poster repeats a map the page already describes: hidden from screen readers', () => {
    stage();
    const poster = stageEl().querySelector('.map-posters svg')!;
    expect(poster.getAttribute('aria-hidden')).toBe('true');
    expect(poster.hasAttribute('aria-label')).toBe(false);
  });

  test('showing a chapter names it on the stage and clones that chapter’s static map in as the poster', () => {
    stage().show(1);
    expect(stageEl().dataset.chapter).toBe('two');
    const posters = stageEl().querySelectorAll('.map-posters svg');
    expect([...posters].map((p) => p.getAttribute('data-static-map'))).toEqual(['two']);
    expect(posters[0]!.getAttribute('aria-hidden')).toBe('true');
    // The chapter's own map stays where it is, described.
    expect(document.querySelector('#two svg')!.getAttribute('aria-label')).toBe('Map two');
  });

  test('without WebGL it keeps the posters for good and says why', async () => {
    const s = stage();
    await s.start(); // happy-dom has no WebGL
    expect(stageEl().dataset.state).toBe('fallback');
    expect(stageEl().querySelector('[data-map-status]')!.textContent).toBe(FALLBACK_TEXT.webgl);
  });
});
