/**
 * The story's padding: where the text leaves the map room. Its own module, so
 * the story's first script takes it without the director's arithmetic
 * (frame.ts), which arrives with the map.
 */
import type { Padding } from './frame';

/**
 * The story's padding. Wide screens: text and map side by side, a margin all
 * round. Phones: the text cards start half-way down the screen (global.css:
 * 50svh), so the features keep to the upper half.
 */
export function storyPadding(width: number, height: number, wide: boolean): Padding {
  return wide
    ? { top: 48, right: 48, bottom: 48, left: 48 }
    : { top: Math.round(height * 0.08), right: Math.round(width * 0.08), bottom: Math.round(height * 0.52), left: Math.round(width * 0.08) };
}
