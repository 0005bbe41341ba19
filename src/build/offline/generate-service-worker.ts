import path from 'node:path';
import { generateSW } from 'workbox-build';
import { defaultPrecacheBudget, precacheEarliestPages, type PrecacheBudget } from './precache-page-data';
import { isPageDataRequest, isPagePreviewRequest } from './runtime-routes';

export interface ServiceWorkerOptions {
  /** The built site. */
  distDir: string;
  /** The URL path the site is served under, ending in `/`. */
  base: string;
  /** How much page data to download in advance (default {@link defaultPrecacheBudget}). */
  budget?: PrecacheBudget;
}

/**
 * Writes `sw.js`. It precaches the app shell (code, styles, fonts, `shell.html`), the site-wide
 * data (`data/*.json`: site, study path, glossary, notation) and the data of the study path's
 * earliest pages within a fixed budget (all pages of the real content); any other page's data is
 * cached when the page is visited. So after one visit those pages, and every page visited since,
 * open offline (and search, with the shards earlier queries fetched), while neither the first
 * visit's download nor `sw.js` grows with the site. Pages are fetched network-first (a static
 * host's answer, 404 included, wins while online) and fall back to the shell, which renders the
 * route from cached data. A new version waits until the reader chooses to reload.
 */
export async function generateServiceWorker({ distDir, base, budget = defaultPrecacheBudget }: ServiceWorkerOptions) {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: [
      'assets/**/*.{js,css,woff2}',
      'data/*.json',
      'data/{topics,questions}/*.json',
      'data/previews/**/*.json',
      'shell.html',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
    ],
    modifyURLPrefix: { '': base },
    manifestTransforms: [precacheEarliestPages({ distDir, base, budget })],
    swDest: path.join(distDir, 'sw.js'),
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    // The first page a reader opens is not controlled by the worker, nor would the pages they open
    // from it be: the worker takes them over once active, so that their data is cached as they go.
    clientsClaim: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Search is only needed by readers who search, and then only the shards their queries need:
    // each is cached once fetched, so it keeps working offline.
    globIgnores: ['data/search-*.json'],
    runtimeCaching: [
      {
        // The manifest names the current shards: the network's while online, the cached one offline.
        urlPattern: ({ url }) => url.pathname.endsWith('/data/search-manifest.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'search', networkTimeoutSeconds: 4 },
      },
      {
        // A shard's name has a hash of its content: a cached shard is never stale. Old builds' age out.
        urlPattern: ({ url }) => /\/data\/search-[a-z]+-[0-9a-f]+-\d+\.json$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'search-shards', expiration: { maxEntries: 1000 } },
      },
      {
        // A page's data, unless precached: the network's while online, the copy of the last visit offline.
        // Also what the app asks the worker to cache for the pages opened before it took over.
        urlPattern: isPageDataRequest,
        handler: 'NetworkFirst',
        options: { cacheName: 'page-data', networkTimeoutSeconds: 4, expiration: { maxEntries: 1000 } },
      },
      {
        // A link preview, fetched on hover: the same rule, in a cache of its own so previews never evict pages.
        urlPattern: isPagePreviewRequest,
        handler: 'NetworkFirst',
        options: { cacheName: 'page-previews', networkTimeoutSeconds: 4, expiration: { maxEntries: 1000 } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          networkTimeoutSeconds: 4,
          precacheFallback: { fallbackURL: `${base}shell.html` },
        },
      },
    ],
  });
  return { count, size, warnings };
}
