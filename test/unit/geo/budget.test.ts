import { expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadPreciseSources, loadSources, SOURCE_IDS } from '../../../src/lib/geo/layers';

const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;

test('the five sources together are under 150 KB gzipped, as served', () => {
  const total = SOURCE_IDS.reduce((sum, s) => sum + gzipped(loadSources()[s]), 0);
  expect(total).toBeLessThan(150 * 1024);
}, 60_000);

test('making the layers lean shrinks every polygon and line source', () => {
  for (const s of ['world', 'local', 'lines'] as const) {
    expect(JSON.stringify(loadSources()[s]).length, s).toBeLessThan(JSON.stringify(loadPreciseSources()[s]).length);
  }
}, 60_000);
