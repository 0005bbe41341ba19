import path from 'node:path';
import { generateSW } from 'workbox-build';

export interface ServiceWorkerOptions {
  /** The built site. */
  distDir: string;
  /** The URL path the site is served under, ending in `/`. */
  base: string;
}

/**
 * Writes `sw.js`: it precaches the app shell (code, styles, fonts, `shell.html`) and every page's
 * data, so that after one visit every page opens offline (and search, with the shards earlier
 * queries fetched). Pages are fetched network-first (a static host's answer, 404 included, wins
 * while online) and fall back to the shell, which renders the route from cached data. A new
 * version waits until the reader chooses to reload.
 */
export async function generateServiceWorker({ distDir, base }: ServiceWorkerOptions) {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: [
      'assets/**/*.{js,css,woff2}',
      'data/**/*.json',
      'shell.html',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
    ],
    modifyURLPrefix: { '': base },
    swDest: path.join(distDir, 'sw.js'),
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
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
