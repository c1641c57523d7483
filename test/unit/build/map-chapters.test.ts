import { describe, expect, test } from 'vitest';
import { jsonForScript, toMapChapter } from '../../../src/build/map-chapters';
import { boundsCenter, boundsContain } from '../../../src/map/shared/camera';

describe('toMapChapter', () => {
  test('resolves a fit view to bounds at build time', () => {
    const c = toMapChapter(
      'rafah',
      { title: 'Rafah', view: { fit: ['rafah-crossing'], bearing: 0, pitch: 0, maxZoom: 13 }, layers: { show: ['crossings'], highlight: [] } },
      () => [34.2, 31.2, 34.3, 31.3],
    );
    expect(c.camera).toEqual({ bounds: [34.2, 31.2, 34.3, 31.3], maxZoom: 13, bearing: 0, pitch: 0 });
  });
  test('keeps a camera view as centre and zoom', () => {
    const c = toMapChapter(
      'proposal',
      { title: 'P', view: { center: [34, 31], zoom: 6, bearing: 10, pitch: 0 }, layers: { show: [], highlight: [] } },
      () => { throw new Error('not used'); },
    );
    expect(c.camera).toEqual({ center: [34, 31], zoom: 6, bearing: 10, pitch: 0 });
  });
});

describe('bounds helpers', () => {
  test('centre and containment', () => {
    expect(boundsCenter([30, 20, 40, 30])).toEqual([35, 25]);
    expect(boundsContain([30, 20, 40, 30], [35, 25])).toBe(true);
    expect(boundsContain([30, 20, 40, 30], [41, 25])).toBe(false);
    expect(boundsContain([30, 20, 40, 30], [41, 25], 1.5)).toBe(true);
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element it is embedded in', () => {
    const out = jsonForScript({ title: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).title).toBe('</script><script>alert(1)</script>');
  });
});
