import { Workbox } from 'workbox-window';
import { announceUpdate } from './update-state';

/**
 * Registers the service worker that keeps the site readable offline (see
 * src/build/offline/generate-service-worker.ts). Skipped when the reader asked to save data,
 * since it downloads every page's data in the background.
 */
export async function registerServiceWorker(): Promise<void> {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!('serviceWorker' in navigator) || connection?.saveData) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      workbox.addEventListener('controlling', () => {
        window.location.reload();
      });
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
