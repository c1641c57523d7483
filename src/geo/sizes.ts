/**
 * The bytes of each map source as served: the endpoint writes a layer with
 * `serialiseLayer`, and /data/ and the budget test measure that same text,
 * so the sizes shown and the budget held are the bytes readers download.
 */
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { loadPreciseSources, loadSources, SOURCE_IDS, type SourceId } from './layers';

/** The text of /data/layers/<source>.geojson. */
export const serialiseLayer = (fc: FeatureCollection): string => JSON.stringify(fc);

export interface Bytes {
  raw: number;
  gzip: number;
}

export function measure(text: string): Bytes {
  return { raw: Buffer.byteLength(text, 'utf8'), gzip: gzipSync(text).length };
}

export interface LayerSize {
  source: SourceId;
  /** Full precision, before clipping, simplification and rounding. */
  before: Bytes;
  /** As served. */
  after: Bytes;
}

export function layerSizes(): LayerSize[] {
  const precise = loadPreciseSources();
  const lean = loadSources();
  return SOURCE_IDS.map((source) => ({
    source,
    before: measure(serialiseLayer(precise[source])),
    after: measure(serialiseLayer(lean[source])),
  }));
}

/** "12.3 KB" (1 KB = 1024 bytes), as /data/ prints sizes. */
export const formatKB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
