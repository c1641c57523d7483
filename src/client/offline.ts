/**
 * The offline classroom, on the slides' side (issue 17): registers the
 * service worker (src/sw/service-worker.ts) and says, discreetly, once every
 * file is kept: "Ready offline". Loaded by import() from the slides once the
 * page has loaded, so it costs the slides' first paint nothing, and never
 * by the story or the embeds (a first visit there registers nothing).
 */
import { STATUS_REQUEST, type OfflineStatus } from '../sw/pages';


/** Ask an active worker whether its precache is complete (it checks the cache itself). */
function askStatus(worker: ServiceWorker): Promise<OfflineStatus> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as OfflineStatus);
    worker.postMessage({ type: STATUS_REQUEST }, [channel.port2]);
  });
}

export interface OfflineOptions {
  /** The element that shows the status (a polite live region). */
  status: HTMLElement;
  /** The worker's URL and scope: the base path's sw.js and the base path. */
  url: string;
  scope: string;
}

export async function offerOffline({ status, url, scope }: OfflineOptions): Promise<void> {
  // Not inside a frame (an embed preview), and only where service workers exist (a secure context).
  if (!('serviceWorker' in navigator) || window.self !== window.top) return;
  const show = (ready: boolean) => {
    // The page's words (data-text-ready and data-text-ready-title, from the dictionary).
    status.textContent = ready ? status.dataset.textReady ?? '' : '';
    if (ready) status.title = status.dataset.textReadyTitle ?? '';
    else status.removeAttribute('title');
  };
  const check = async (registration: ServiceWorkerRegistration) => {
    if (registration.active && !registration.installing && !registration.waiting) show((await askStatus(registration.active)).ready);
  };
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(url, { scope });
  } catch {
    return; // storage refused (private windows of some browsers): the slides work as before, online
  }
  // A new version installing (found by this registration or by the navigation before it): say
  // nothing until it has kept every file, then check again. A version that fails to install
  // leaves the one before, which still has everything.
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    show(false);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated' || worker.state === 'redundant') void check(registration);
    });
  };
  follow(registration.installing ?? registration.waiting);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // A teacher who opens the slides gets a version published since at once: ask for it now,
  // rather than on the browser's own schedule after the navigation (Chromium defers that
  // check while the page is busy loading). Offline the check fails, and the kept version stays.
  if (registration.active) registration.update().catch(() => undefined);
  await navigator.serviceWorker.ready;
  await check(registration);
}
