import { expect, test } from 'vitest';
import { formatKB, layerSizes, measure } from '../../../src/geo/sizes';

test('the five sources together are under 150 KB gzipped, as served', () => {
  const sizes = layerSizes();
  // The numbers the issue asks to report, in the test log.
  console.info(
    sizes
      .map(({ source, before, after }) =>
        `${source}: ${before.raw} B (${before.gzip} B gzip) before → ${after.raw} B (${after.gzip} B gzip) after`)
      .join('\n'),
  );
  const total = sizes.reduce((sum, s) => sum + s.after.gzip, 0);
  console.info(`total served: ${total} B gzip (${formatKB(total)})`);
  expect(total).toBeLessThan(150 * 1024);
}, 60_000);

test('making the layers lean shrinks every polygon and line source', () => {
  for (const { source, before, after } of layerSizes()) {
    if (['world', 'local', 'lines'].includes(source)) expect(after.raw, source).toBeLessThan(before.raw);
  }
}, 60_000);

test('sizes count UTF-8 bytes, and KB are 1024 bytes', () => {
  expect(measure('–').raw).toBe(3);
  expect(formatKB(2048)).toBe('2.0 KB');
  expect(formatKB(1126)).toBe('1.1 KB');
});
