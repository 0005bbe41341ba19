import path from 'node:path';
import { build, type Rollup } from 'vite';
import { precompressSite } from './emit/precompress';
import { generateServiceWorker } from './offline/generate-service-worker';
import { prerenderSite } from './prerender';
import { createViteConfig, type SiteConfigOptions } from './vite-config';

export interface BuildSiteOptions extends SiteConfigOptions {
  /** The project root (where index.html is). */
  root: string;
  outDir: string;
  /** Write static HTML for every route (default true). */
  prerender?: boolean;
  /** The public origin, for canonical URLs and the sitemap (default http://localhost:4173). */
  siteUrl?: string;
}

export interface BuildSiteResult {
  /** The client bundle: chunks with the modules they contain. */
  client: Rollup.RolldownOutput;
  pageCount: number;
}

/**
 * The production build: the client bundle (whose content plugin compiles and validates the
 * content and emits the page data), a server bundle of the page renderer, then static HTML
 * for every route, rendered by that server bundle.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const { root, outDir, prerender = true } = options;
  const config = createViteConfig(options);
  const client = (await build({
    ...config,
    root,
    configFile: false,
    logLevel: 'warn',
    build: { ...config.build, outDir, emptyOutDir: true },
  })) as Rollup.RolldownOutput;
  if (!prerender) return { client, pageCount: 0 };

  const ssrDir = path.join(root, 'node_modules/.cache/dlt-ssr', path.basename(outDir));
  await build({
    ...config,
    root,
    configFile: false,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
  });
  const pageCount = await prerenderSite({
    distDir: outDir,
    serverEntry: path.join(ssrDir, 'entry-server.js'),
    siteUrl: options.siteUrl ?? 'http://localhost:4173',
    base: options.base ?? '/',
  });
  const serviceWorker = await generateServiceWorker({ distDir: outDir, base: options.base ?? '/' });
  for (const warning of serviceWorker.warnings) console.warn(`service worker: ${warning}`);
  await precompressSite(outDir);
  return { client, pageCount };
}
