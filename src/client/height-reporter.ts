/**
 * Tells the parent page how tall the embed's content is, in pym.js,
 * Datawrapper and AMP formats (messages.ts), on load, on resize and
 * whenever the content's height changes, and only when it changed.
 *
 * It measures the content wrapper, not the viewport: the document's
 * scrollHeight never drops below the frame's current height, so a frame
 * that grew could never shrink again.
 */
import { heightMessages, parseMessage } from '../embed/messages';

export interface HeightReporterOptions {
  /** The element that holds everything the page shows (display: flow-root, so margins stay inside). */
  content: HTMLElement;
  embedId: string;
  childId?: string;
}

export interface HeightReporter {
  /** Measure and post if the height changed (or always, with `force`). */
  report(force?: boolean): void;
  /** The last height posted, in CSS px. */
  readonly height: number;
  stop(): void;
}

export function measureHeight(content: HTMLElement): number {
  const style = getComputedStyle(content);
  const margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(content.getBoundingClientRect().height + (Number.isFinite(margins) ? margins : 0));
}

export function startHeightReporter({ content, embedId, childId }: HeightReporterOptions): HeightReporter {
  let last = -1;
  let timer = 0;
  const framed = window.parent !== window;

  const post = (height: number) => {
    // '*' because the host's origin is unknown and nothing secret is sent: a height.
    for (const message of heightMessages(height, { embedId, childId })) window.parent.postMessage(message, '*');
  };
  const report = (force = false) => {
    clearTimeout(timer);
    timer = 0;
    const height = measureHeight(content);
    if (!force && height === last) return;
    last = height;
    content.ownerDocument.documentElement.dataset.embedHeight = String(height);
    if (framed) post(height);
  };
  // A timer, not requestAnimationFrame: Chromium pauses animation frames in
  // cross-origin frames that are off screen, and an embed below the fold
  // must still tell its host how tall it is.
  const schedule = () => {
    if (!timer) timer = window.setTimeout(() => report(), 50);
  };

  // pym's parent sends the frame's width on load and on resize and expects a
  // height back, even when it has not changed (it may have just created the
  // frame). Nothing else a parent sends is acted on.
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = parseMessage(event.data);
    if (message?.protocol === 'pym' && message.childId === childId && message.type === 'width') report(true);
  };

  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  window.addEventListener('resize', schedule);
  window.addEventListener('load', schedule);
  window.addEventListener('message', onMessage);
  // Web fonts swap in after first layout and change line breaks.
  void document.fonts?.ready.then(schedule);
  report(true);

  return {
    report,
    get height() {
      return last;
    },
    stop() {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      window.removeEventListener('load', schedule);
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
    },
  };
}
