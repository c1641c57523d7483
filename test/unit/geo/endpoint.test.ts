import { expect, test } from 'vitest';
import type { APIContext } from 'astro';
import { getStaticPaths, GET } from '../../../src/pages/data/layers/[source].geojson';
import { loadSources, SOURCE_IDS } from '../../../src/geo/layers';

test('one static path per source', () => {
  expect(getStaticPaths().map((p) => p.params.source)).toEqual([...SOURCE_IDS]);
});

test('each path serves its source as application/geo+json', async () => {
  const response = await GET({ params: { source: 'points' } } as unknown as APIContext);
  expect(response.headers.get('Content-Type')).toBe('application/geo+json');
  expect(await response.json()).toEqual(loadSources().points);
}, 60_000);
