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
 * data, so that after one visit every page opens offline (search works offline once it has been used). Pages are fetched network-first (a
 * static host's answer, 404 included, wins while online) and fall back to the shell, which
 * renders the route from cached data. A new version waits until the reader chooses to reload.
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
    // The search index is large and only needed by readers who search: cached once they do.
    globIgnores: ['data/search-*.json'],
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/data\/search-[\w-]+\.json$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'search' },
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
