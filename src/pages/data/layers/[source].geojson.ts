/**
 * /data/layers/<source>.geojson: each map source as a static file, the same
 * GeoJSON the map loads and the downloads /data/ links to.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSources, SOURCE_IDS, type SourceId } from '../../../geo/layers';
import { serialiseLayer } from '../../../geo/sizes';

export const getStaticPaths = (() => SOURCE_IDS.map((source) => ({ params: { source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const fc = loadSources()[params.source as SourceId];
  return new Response(serialiseLayer(fc), { headers: { 'Content-Type': 'application/geo+json' } });
};
