import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';
import { contentPlugin } from './vite-plugin-content';

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
    plugins: [react(), contentPlugin({ contentDir })],
    build: {
      // Module preloads of the current route are enough; no polyfill, no eager prefetch of other pages.
      modulePreload: { polyfill: false },
      // No data: URLs: the Content-Security-Policy allows fonts and images only from our own origin.
      assetsInlineLimit: 0,
      // Compiling the content dominates the build; that is expected, not worth a warning each time.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
