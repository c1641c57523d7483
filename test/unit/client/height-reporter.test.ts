// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startHeightReporter } from '../../../src/client/height-reporter';

let stop: (() => void) | undefined;
afterEach(() => { stop?.(); vi.restoreAllMocks(); document.body.replaceChildren(); });

/** The content element, `height` px tall, in a frame whose parent records what it is sent. */
function framed(height: { value: number }) {
  const content = document.createElement('main');
  content.getBoundingClientRect = () => ({ height: height.value } as DOMRect);
  document.body.append(content);
  const sent: unknown[] = [];
  const parent = { postMessage: (m: unknown) => sent.push(m) };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
  return { content, sent };
}

describe('the height reporter', () => {
  test('tells the parent the height at once, in the pym.js, Datawrapper and AMP formats', () => {
    const height = { value: 612.4 };
    const { content, sent } = framed(height);
    const reporter = startHeightReporter({ content, embedId: 'rafah', childId: 'c1' });
    stop = reporter.stop;
    expect(sent).toEqual([
      'pymxPYMxc1xPYMxheightxPYMx613',
      { 'datawrapper-height': { rafah: 613 } },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
    expect(reporter.height).toBe(613);
    expect(document.documentElement.dataset.embedHeight).toBe('613');
  });

  test('reports again only when the height changed', () => {
    const height = { value: 400 };
    const { content, sent } = framed(height);
    const reporter = startHeightReporter({ content, embedId: 'story' });
    stop = reporter.stop;
    const first = sent.length;
    reporter.report();
    expect(sent.length).toBe(first);
    height.value = 520;
    reporter.report();
    expect(sent.slice(first)).toContainEqual({ 'datawrapper-height': { story: 520 } });
  });

  test('at the top level (not in a frame) it posts nothing', () => {
    const content = document.createElement('main');
    content.getBoundingClientRect = () => ({ height: 300 } as DOMRect);
    const post = vi.spyOn(window, 'postMessage');
    const reporter = startHeightReporter({ content, embedId: 'story' });
    stop = reporter.stop;
    expect(post).not.toHaveBeenCalled();
    expect(reporter.height).toBe(300);
  });
});
