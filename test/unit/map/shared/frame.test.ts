/**
 * Where a chapter's features may go (map/shared/frame.ts), at the five sizes
 * the maps are checked at (issue 14): the story's padding leaves a usable
 * frame above the text cards on phones and beside the text on wide screens,
 * every chapter's fit lands inside it, and a corner box is cleared the
 * cheaper way.
 */
import { describe, expect, test } from 'vitest';
import { CALLOUT_ANCHORS, calloutAnchors, clearOfBox, usableFrame } from '../../../../src/map/shared/frame';
import { storyPadding } from '../../../../src/map/shared/story-padding';
import { fitCamera } from '../../../../src/map/static/view';
import { screenPoint } from '../../../../src/map/shared/mercator';
import type { Bounds } from '../../../../src/map/shared/camera';

const SIZES: [number, number][] = [[320, 568], [390, 844], [768, 1024], [1280, 800], [1920, 1080]];
/** The story's wide layout starts at 60rem (global.css); its map column is the part right of the text column. */
const stageOf = ([w, h]: [number, number]): [number, number, boolean] => (w >= 960 ? [w - Math.max(384, w * 0.38), h, true] : [w, h, false]);

// The chapters' fit boxes, as the build computes them (rounded): the widest, the tallest and the closest.
const FITS: Record<string, Bounds> = {
  'international-force': [24.7, 22.0, 56.4, 42.1],
  'abraham-accords': [-17.1, 3.4, 87.3, 55.4],
  rafah: [34.21, 31.22, 34.34, 31.33],
  'border-security': [34.21, 31.22, 34.27, 31.32],
};

describe.each(SIZES)('at %i×%i', (w, h) => {
  const [width, height, wide] = stageOf([w, h]);
  const p = storyPadding(width, height, wide);

  test('the story leaves a usable frame, above the text cards on phones', () => {
    expect(usableFrame(p, width, height)).toBe(true);
    // Phones: the cards start at half the screen's height; the frame ends above it.
    if (!wide) expect(height - p.bottom).toBeLessThanOrEqual(height * 0.5);
  });

  test.each(Object.entries(FITS))('%s fits inside the frame', (_, bounds) => {
    // fitCamera pads evenly: give it the frame's size and shift its centre into the frame, as MapLibre's padded fit does.
    const fw = width - p.left - p.right;
    const fh = height - p.top - p.bottom;
    const { center, zoom } = fitCamera(bounds, fw, fh, 0, 22);
    const [x0, y0] = screenPoint([bounds[0], bounds[3]], center, zoom, [fw, fh]);
    const [x1, y1] = screenPoint([bounds[2], bounds[1]], center, zoom, [fw, fh]);
    for (const [v, max] of [[x0, fw], [x1, fw], [y0, fh], [y1, fh]] as const) {
      expect(v).toBeGreaterThanOrEqual(-0.5);
      expect(v).toBeLessThanOrEqual(max + 0.5);
    }
  });
});

describe('clearOfBox', () => {
  const padding = { top: 60, right: 30, bottom: 440, left: 30 };
  test('a box the padding already clears changes nothing', () => {
    expect(clearOfBox(padding, { x0: 0, y0: 0, x1: 50, y1: 50 }, 390, 844)).toEqual([padding]);
  });
  test('a box in the top-right corner can be cleared below it or beside it', () => {
    const ways = clearOfBox(padding, { x0: 260, y0: 0, x1: 390, y1: 140 }, 390, 844);
    expect(ways).toEqual([{ ...padding, top: 148 }, { ...padding, right: 138 }]);
  });
  test('a box at the bottom left pushes the bottom or the left edge', () => {
    const ways = clearOfBox({ top: 48, right: 48, bottom: 48, left: 48 }, { x0: 0, y0: 700, x1: 200, y1: 800 }, 800, 800);
    expect(ways).toEqual([{ top: 48, right: 48, bottom: 108, left: 48 }, { top: 48, right: 48, bottom: 48, left: 208 }]);
  });
  test('a frame squeezed below a quarter of the screen is not usable', () => {
    expect(usableFrame({ top: 320, right: 10, bottom: 320, left: 10 }, 400, 800)).toBe(false);
  });
});

describe('calloutAnchors', () => {
  const TEXT = 'Kerem Shalom: to Israel'; // about 150 px at 14 px
  test('keeps the text to the right of its point where it fits there', () => {
    expect(calloutAnchors(100, TEXT, 400)).toEqual(CALLOUT_ANCHORS);
  });
  test('puts it to the left when it would run off the right edge and fits on the left', () => {
    expect(calloutAnchors(330, TEXT, 390)).toEqual(['right', 'left', 'top', 'bottom']);
  });
  test('keeps the usual order when it fits on neither side (MapLibre then tries above and below)', () => {
    expect(calloutAnchors(150, TEXT, 300)).toEqual(CALLOUT_ANCHORS);
  });
});
