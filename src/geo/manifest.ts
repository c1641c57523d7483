/**
 * data/manifest.json: every raw input of the map, with its origin, licence,
 * date, accuracy, attribution and the region it claims. The loader reads
 * inputs only through it, so an unlisted file cannot sneak into a layer.
 */
import type { Accuracy, BBox } from './properties';
import { readJson } from './read';

export interface ManifestEntry {
  /** Relative to the project root. */
  path: string;
  what: string;
  /** package@version, or the public source of hand-set values. */
  origin: string;
  /** Set for npm inputs: the loader checks the installed version against it. */
  package?: string;
  licence: string;
  date: string;
  accuracy: Accuracy;
  attribution: string;
  /** [west, south, east, north] every coordinate of the file lies in. */
  region?: BBox;
  notes?: string;
}

export interface Manifest {
  about: string;
  accuracy: Record<Accuracy, string>;
  files: ManifestEntry[];
}

export const MANIFEST_PATH = 'data/manifest.json';

let cached: Manifest | undefined;

export function loadManifest(): Manifest {
  cached ??= readJson(MANIFEST_PATH) as Manifest;
  return cached;
}

export function manifestEntry(file: string): ManifestEntry {
  const entry = loadManifest().files.find((e) => e.path === file);
  if (!entry) throw new Error(`${MANIFEST_PATH}: no entry for ${file}; every input must be listed with its origin and licence`);
  return entry;
}

/** The attributions the map and /data/ must show, deduplicated. */
export function attributions(): string[] {
  return [...new Set(loadManifest().files.map((e) => e.attribution))];
}
