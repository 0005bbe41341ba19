import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';
import { contentPlugin } from './vite-plugin-content';
import { katexFontsPlugin } from './vite-plugin-katex-fonts';
import { loadAfterPaintPlugin } from './vite-plugin-load-after-paint';

export interface SiteConfigOptions {
  /** The content folder to compile. */
  contentDir: string;
  /** The URL path the site is served under, e.g. `/deep-learning-topics/`. */
  base?: string;
}

/** The Vite configuration of the site, shared by the dev server, the build and the tests. */
export function createViteConfig({ contentDir, base = '/' }: SiteConfigOptions): InlineConfig {
  return {
    base,
    plugins: [react(), contentPlugin({ contentDir }), katexFontsPlugin(), loadAfterPaintPlugin()],
    build: {
      // Module preloads of the current route are enough; no polyfill, no eager prefetch of other pages.
      modulePreload: { polyfill: false },
      // The prerender step reads it to link the CSS and code of the widgets each page places.
      manifest: true,
      // No data: URLs: the Content-Security-Policy allows fonts and images only from our own origin.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (10 KB gzip; a question page needed 8.4 KB in two to five
      // files). Each file took one of the six connections the first paint's fonts need.
      cssCodeSplit: false,
      // Compiling the content dominates the build; that is expected, not worth a warning each time.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        output: {
          codeSplitting: {
            // React and the router in one file, loaded by every page: fewer requests, one gzip stream.
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/,
              },
              // Our code every page runs (the shell, data and route loading) in one file, not a dozen tiny ones.
              // Not the entry itself: it awaits the route's chunk, which imports this one (a cycle would deadlock).
              { name: 'app', test: /[\\/]src[\\/](?!entry-)/, tags: ['$initial'] },
              // What the reading pages share (topic, question, glossary, notation): one file, not five
              // per set of pages, since gzip saves more on one stream than the few bytes a page would skip.
              {
                name: 'reading',
                test: /[\\/]src[\\/]app[\\/](reading[\\/]|components[\\/]|widgets[\\/][^\\/]+$)/,
                minShareCount: 2,
              },
              // The study status shown on most pages (progress, ratings, badges): one file.
              {
                name: 'study-status',
                test: /[\\/]src[\\/]app[\\/]study[\\/](progress|path|components|use-now|schedule[\\/]ratings)/,
                minShareCount: 2,
              },
              // Code shared by several pages, in one file per set of pages that use it; tiny sets merged.
              {
                name: 'shared',
                test: /[\\/]src[\\/]/,
                minShareCount: 2,
                entriesAware: true,
                entriesAwareMergeThreshold: 4096,
              },
            ],
          },
          // A shared chunk's name lists every page that uses it: too long for a file name.
          chunkFileNames: (chunk) =>
            chunk.name.startsWith('shared~') ? 'assets/shared-[hash].js' : 'assets/[name]-[hash].js',
          assetFileNames: (asset) =>
            asset.names[0]?.startsWith('shared~') ? 'assets/shared-[hash][extname]' : 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}
