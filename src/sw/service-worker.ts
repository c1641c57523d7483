/**
 * The service worker of the offline classroom (issue 17), built by
 * src/build/service-worker.ts (bundled with esbuild, then Workbox's
 * injectManifest writes the precache list into `self.__WB_MANIFEST`).
 *
 * - Installing it precaches the offline pages and everything they load
 *   (src/sw/pages.ts), each file with a revision: Workbox refuses a response
 *   of 400 or more, so an error is never kept, and the install then fails
 *   and is retried on the next visit rather than leaving a half-filled cache.
 * - Pages come from the network first (the newest version whenever the
 *   network works; after NETWORK_TIMEOUT_MS, or with no network, the kept
 *   copy). A page kept from an old version can therefore never hide a new
 *   one from a reader who is online.
 * - Everything else in the precache (hashed modules, fonts, map layers) is
 *   served from it: a hashed file never changes, and the others carry a
 *   revision, so a new build replaces exactly what changed.
 * - A new version takes over at once (skipWaiting, clientsClaim) and drops
 *   the files the new build no longer lists, so nobody keeps an old story.
 * - Anything not precached (the embeds, /data/, the 404) passes through to
 *   the network untouched.
 */
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NETWORK_TIMEOUT_MS, STATUS_REQUEST, offlinePageFile, type OfflineStatus } from './pages';

/**
 * The few parts of the service worker's global scope used here (TypeScript's
 * DOM library, which the rest of src/ uses, has no ServiceWorkerGlobalScope,
 * and the WebWorker library cannot be loaded beside it).
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  location: Location;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

const scope = new URL(sw.registration.scope);
const precache = new PrecacheController();
// Spelled `self.__WB_MANIFEST` in the bundle: the text injectManifest replaces with the list.
precache.precache((self as unknown as ServiceWorkerScope).__WB_MANIFEST);

sw.addEventListener('install', () => void sw.skipWaiting());
clientsClaim();

/** The network's answer, or undefined after `ms` (the request goes on; its answer is dropped). */
const withTimeout = (request: Request, ms: number): Promise<Response | undefined> =>
  Promise.race([fetch(request), new Promise<undefined>((ok) => setTimeout(() => ok(undefined), ms))]);

// Pages: the network first, the kept copy when the network fails or hangs.
// Registered before the precache route, which would otherwise answer first.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === scope.origin && offlinePageFile(url.pathname, scope.pathname) !== undefined,
  async ({ request, url }) => {
    const kept = () => precache.matchPrecache(new URL(offlinePageFile(url.pathname, scope.pathname)!, scope).href);
    try {
      const response = await withTimeout(request, NETWORK_TIMEOUT_MS);
      // Only a real page (200) from the network; a captive portal's redirect or a server error yields to the kept copy.
      if (response?.status === 200) return response;
      return (await kept()) ?? response ?? Response.error();
    } catch {
      return (await kept()) ?? Response.error();
    }
  },
);
registerRoute(new PrecacheRoute(precache));

// The slides ask whether every file is kept, to say "Ready offline" only when it is true.
sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== STATUS_REQUEST) return;
  event.waitUntil((async () => {
    const cache = await caches.open(precache.strategy.cacheName);
    const keys = [...precache.getURLsToCacheKeys().values()];
    const found = await Promise.all(keys.map((key) => cache.match(key)));
    const status: OfflineStatus = { ready: keys.length > 0 && found.every(Boolean), files: keys.length };
    event.ports[0]?.postMessage(status);
  })());
});
