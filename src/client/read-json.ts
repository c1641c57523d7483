/**
 * Reads build-time data embedded in the page as <script type="application/json" id=…>.
 * Every surface's chapters come in one block, #chapters-data (the chapters' map cameras,
 * layers and titles: build/map-chapters.ts).
 */
import type { MapChapter } from '../map/shared/camera';

export function readJson<T>(id: string): T {
  const el = document.getElementById(id);
  if (!el?.textContent) throw new Error(`The page lacks its data block #${id}.`);
  return JSON.parse(el.textContent) as T;
}

export const readChapters = () => readJson<MapChapter[]>('chapters-data');
