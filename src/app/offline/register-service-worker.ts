import { cacheLoadedData } from './cache-loaded-data';
import { announceUpdate } from './update-state';

/**
 * Registers the service worker that keeps the site readable offline (see
 * src/build/offline/generate-service-worker.ts). Skipped when the reader asked to save data,
 * since it downloads the earliest pages' data in the background.
 *
 * Once a worker controls the page (at once, or when the first one takes the page over), it is asked
 * to cache the data this page load used without it (see cache-loaded-data.ts).
 *
 * A new version installs in the background and waits; the reader is told, and only their
 * "Reload" activates it (Workbox's generated worker skips waiting on a `SKIP_WAITING` message).
 * The browser's own API is used rather than workbox-window, which would add ~2 KB to every first visit.
 */
export async function registerServiceWorker(
  // Absent where the browser has no service workers, or the page is not a secure context.
  container = navigator.serviceWorker as ServiceWorkerContainer | undefined,
): Promise<void> {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!container || connection?.saveData) return;
  const registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
  const cacheData = (fetchedBeforeControl: boolean) => {
    if (!container.controller) return;
    cacheLoadedData(container.controller, { fetchedBeforeControl }).catch(() => {
      // A bonus for offline reading: the page itself is unaffected.
    });
  };
  if (container.controller) cacheData(false);
  else {
    container.addEventListener(
      'controllerchange',
      () => {
        cacheData(true);
      },
      { once: true },
    );
  }
  const offer = (worker: ServiceWorker) => {
    // The very first worker is no update: nothing older controls the page.
    if (!container.controller) return;
    announceUpdate(() => {
      container.addEventListener(
        'controllerchange',
        () => {
          window.location.reload();
        },
        { once: true },
      );
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  const watch = (worker: ServiceWorker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };
  if (registration.waiting) offer(registration.waiting);
  else if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
}
