// @vitest-environment happy-dom
/**
 * The Share buttons: the share sheet where the Web Share API is, the link
 * copied otherwise (and said so), nothing said when the reader closes the
 * sheet, and the link written out when the clipboard is refused.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { bindShareButtons } from '../../../src/client/share';

const URL_ = 'https://news.example.org/share/rafah/';

function setUp() {
  document.body.innerHTML = `<div><button data-share="${URL_}" data-share-title="Rafah" data-text-copied="Link copied." data-text-copy-this="Copy this link: {url}">Share</button><span role="status"></span></div>`;
  return { button: document.querySelector('button')!, status: document.querySelector('[role="status"]')! };
}
/** A stand-in for navigator, recording what it is asked. */
function fakeNavigator(options: { share?: (data: ShareData) => Promise<void>; writeText?: (text: string) => Promise<void> }) {
  const calls = { shared: [] as ShareData[], copied: [] as string[] };
  const nav = {
    share: options.share && (async (data: ShareData) => { calls.shared.push(data); await options.share!(data); }),
    clipboard: { writeText: async (text: string) => { calls.copied.push(text); await (options.writeText ?? (async () => {}))(text); } },
  } as unknown as Navigator;
  return { nav, calls };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('bindShareButtons', () => {
  test('marks each button ready (it is shown only then)', () => {
    const { button } = setUp();
    bindShareButtons(document, fakeNavigator({}).nav);
    expect(button.dataset.ready).toBe('');
  });

  test('without the Web Share API copies the link and says so', async () => {
    const { button, status } = setUp();
    const { nav, calls } = fakeNavigator({});
    bindShareButtons(document, nav);
    button.click();
    await settle();
    expect(calls).toEqual({ shared: [], copied: [URL_] });
    expect(status.textContent).toBe('Link copied.');
  });

  test('with it opens the share sheet with the title and link, and copies nothing', async () => {
    const { button, status } = setUp();
    const { nav, calls } = fakeNavigator({ share: async () => {} });
    bindShareButtons(document, nav);
    button.click();
    await settle();
    expect(calls).toEqual({ shared: [{ title: 'Rafah', url: URL_ }], copied: [] });
    expect(status.textContent).toBe('');
  });

  test('a sheet the reader closes says nothing; a refused one falls back to copying', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const closed = setUp();
    const first = fakeNavigator({ share: async () => { throw abort; } });
    bindShareButtons(document, first.nav);
    closed.button.click();
    await settle();
    expect(first.calls.copied).toEqual([]);
    expect(closed.status.textContent).toBe('');

    const refused = setUp();
    const second = fakeNavigator({ share: async () => { throw Object.assign(new Error('no'), { name: 'NotAllowedError' }); } });
    bindShareButtons(document, second.nav);
    refused.button.click();
    await settle();
    expect(second.calls.copied).toEqual([URL_]);
    expect(refused.status.textContent).toBe('Link copied.');
  });

  test('a refused clipboard leaves the link written out to copy by hand', async () => {
    const { button, status } = setUp();
    bindShareButtons(document, fakeNavigator({ writeText: async () => { throw new Error('denied'); } }).nav);
    button.click();
    await settle();
    expect(status.textContent).toBe(`Copy this link: ${URL_}`);
  });
});
