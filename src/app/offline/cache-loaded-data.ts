import { pageDataUrl } from '../../shared/routes';

/**
 * The service worker caches the data files the app fetches through it (see
 * src/build/offline/generate-service-worker.ts), but two kinds of data this page load used never
 * passed through it: the page's own data, which came inside its HTML, and, on a first visit, the
 * files fetched before the worker took the page over. This asks the worker to cache them, so that
 * every page the reader has opened also opens offline, not only the precached ones. What a cache
 * already holds is skipped; the rest is fetched once more (a few KB).
 */
export async function cacheLoadedData(
  worker: ServiceWorker,
  { fetchedBeforeControl }: { fetchedBeforeControl: boolean },
) {
  const dataPrefix = `${window.location.origin}${import.meta.env.BASE_URL}data/`;
  const urls = new Set<string>();
  const own = ownDataUrl();
  if (own) urls.add(own);
  if (fetchedBeforeControl) {
    for (const entry of performance.getEntriesByType('resource')) {
      if (entry.name.startsWith(dataPrefix)) urls.add(entry.name);
    }
  }
  // Precached files are stored with a revision in their query: they count as cached too.
  const cached = await Promise.all([...urls].map((url) => caches.match(url, { ignoreSearch: true })));
  const urlsToCache = [...urls].filter((_, index) => !cached[index]);
  // Workbox's router handles this message: each URL goes through the route that would serve it.
  if (urlsToCache.length > 0) worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
}

/** The data file of the page this document was loaded for, which came inside its HTML. */
function ownDataUrl(): string | undefined {
  const [navigation] = performance.getEntriesByType('navigation');
  const url = new URL(navigation?.name ?? window.location.href);
  const base = import.meta.env.BASE_URL;
  if (!url.pathname.startsWith(base)) return undefined;
  const dataUrl = pageDataUrl(`/${url.pathname.slice(base.length)}`);
  return dataUrl && `${url.origin}${base}${dataUrl.slice(1)}`;
}
