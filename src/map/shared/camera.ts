/**
 * What a chapter asks of the map, in the form the browser needs: bounds are
 * computed at build time from the geodata, so the client never loads turf.
 */
import type { FeatureId, LayerId } from '../../model/ids';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The closest a fit may zoom unless a chapter sets its own maxZoom (live and static maps). */
export const FIT_MAX_ZOOM = 12;

export interface ChapterCamera {
  /** Fit these bounds (from the chapter's `view.fit`) … */
  bounds?: Bounds;
  maxZoom?: number;
  /** … or go to this centre and zoom. */
  center?: [number, number];
  zoom?: number;
  bearing: number;
  pitch: number;
}

export interface MapChapter {
  id: string;
  title: string;
  camera: ChapterCamera;
  show: LayerId[];
  highlight: FeatureId[];
  /** Call-outs from the chapter file, placed at their feature at build time. */
  annotations?: { at: [number, number]; text: string }[];
}

/** Is the point inside the bounds (with a margin in degrees)? Used by tests and checks. */
export function boundsContain(bounds: Bounds, [lng, lat]: [number, number], margin = 0): boolean {
  const [w, s, e, n] = bounds;
  return lng >= w - margin && lng <= e + margin && lat >= s - margin && lat <= n + margin;
}

/** The centre of the bounds (longitude, latitude). */
export function boundsCenter([w, s, e, n]: Bounds): [number, number] {
  return [(w + e) / 2, (s + n) / 2];
}
