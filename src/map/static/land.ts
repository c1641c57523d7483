/**
 * The land under a static map, arranged as the live map draws it
 * (src/map/live/style.ts): Natural Earth land with its borders below the zoom
 * where the OpenStreetMap close-up takes over; from there the OpenStreetMap
 * land and borders over Natural Earth's fill. Natural Earth's fill is left out
 * where the OpenStreetMap land covers the whole view, or its generalised
 * coast would show as land in the sea off Rafah.
 */
import type { FeatureCollection } from 'geojson';
import type { Bounds } from './view';
import type { LandLayer } from './static-map';

/** Base-map features of the `local` source (not story features), plus the Gaza Strip, which is land too. */
export const LOCAL_LAND_IDS: ReadonlySet<string> = new Set(['egypt-local', 'israel-local', 'gaza-strip']);

export function storyLand(
  sources: { world: FeatureCollection; local: FeatureCollection },
  localMinZoom: number,
  localExtent: Bounds,
): LandLayer[] {
  const local: FeatureCollection = {
    type: 'FeatureCollection',
    features: sources.local.features.filter((f) => LOCAL_LAND_IDS.has(String(f.properties?.id))),
  };
  return [
    { features: sources.world, outline: true, maxZoom: localMinZoom },
    { features: sources.world, outline: false, minZoom: localMinZoom, unlessViewWithin: localExtent },
    { features: local, outline: true, minZoom: localMinZoom },
  ];
}
