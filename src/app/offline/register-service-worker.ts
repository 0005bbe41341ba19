import { announceUpdate } from './update-state';

/**
 * Registers the service worker that keeps the site readable offline (see
 * src/build/offline/generate-service-worker.ts). Skipped when the reader asked to save data,
 * since it downloads every page's data in the background.
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
  const offer = (worker: ServiceWorker) => {
    // The very first worker is no update: it only takes control of later visits.
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
