/**
 * Turns a chapter's validated frontmatter into what the map needs in the
 * browser: bounds are resolved here, at build time, from the geodata.
 */
import { boundsCenter, type Bounds, type MapChapter } from '../map/shared/camera';
import type { FeatureId } from '../model/ids';
import type { ChapterData } from '../model/chapter-schema';

export function toMapChapter(
  id: string,
  data: Pick<ChapterData, 'title' | 'view' | 'layers'> & Partial<Pick<ChapterData, 'annotations'>>,
  boundsOf: (ids: readonly FeatureId[]) => Bounds,
  anchorOf: (id: FeatureId) => [number, number] = (id) => boundsCenter(boundsOf([id])),
): MapChapter {
  const { view } = data;
  return {
    id,
    title: data.title,
    camera: view.fit
      ? { bounds: boundsOf(view.fit), maxZoom: view.maxZoom, bearing: view.bearing, pitch: view.pitch }
      : { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch },
    show: [...data.layers.show],
    highlight: [...data.layers.highlight],
    annotations: (data.annotations ?? []).map((a) => ({ at: anchorOf(a.feature), text: a.text })),
  };
}

/** JSON for a <script type="application/json"> block: `<` escaped so no tag can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
