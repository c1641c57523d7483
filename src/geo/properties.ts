/**
 * The properties every feature of every map source carries, and the three
 * levels of accuracy (defined in data/manifest.json, shown on /data/).
 */

/**
 * - `surveyed`: detailed mapping or a published coordinate; good at street zoom.
 * - `generalised`: correct but simplified for small scales (Natural Earth 1:50m).
 * - `approximate`: no published geometry; drawn by the method in `note`.
 */
export const ACCURACIES = ['surveyed', 'generalised', 'approximate'] as const;
export type Accuracy = (typeof ACCURACIES)[number];

export interface GeoProperties {
  /** A catalog FeatureId, or a base-map id (`iso-818`, `egypt-local`). */
  id: string;
  /** English, as the story labels it. */
  name: string;
  /** Short provenance text, shown on /data/. */
  source: string;
  accuracy: Accuracy;
  /** Always `accuracy === 'approximate'`; a boolean so map styles can filter on it. */
  approximate: boolean;
  /** How an approximate feature was drawn, or a caveat. */
  note?: string;
  [key: string]: unknown;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
