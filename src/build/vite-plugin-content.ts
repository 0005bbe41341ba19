import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileSite, type CompiledSite } from './compile-site';
import { ContentErrors } from './content-error';
import { createDevContent } from './dev-content';
import { dataFiles } from './emit/data-files';

/** What the content plugin offers other plugins (see `plugin.api`). */
export interface ContentPluginApi {
  /** The compiled site of the current build. */
  compiled(): Promise<CompiledSite>;
}

export interface ContentPluginOptions {
  /** The content folder (`content/` unless `CONTENT_DIR` says otherwise). */
  contentDir: string;
}

/**
 * Compiles `content/` and serves the page data: from memory in the dev server (recompiled, page by
 * page as needed, and pushed to the page when a content file changes), as `data/**.json` files in
 * the client build. Content errors stop the build, and show in the dev server's overlay.
 */
export function contentPlugin({ contentDir }: ContentPluginOptions): Plugin<ContentPluginApi> {
  const root = path.resolve(contentDir);
  let base = '/';
  let compiled: Promise<CompiledSite> | undefined;
  const compile = () => (compiled = compileSite(root, { base }));

  return {
    name: 'dlt:content',
    api: {
      compiled: () => compiled ?? compile(),
    },

    configResolved(config) {
      base = config.base;
    },

    configureServer(server) {
      const content = createDevContent(root, base);
      const overlay = contentOverlay(server);
      let notified: Promise<unknown> | undefined;
      const update = () => {
        const next = content.update();
        if (next === notified) return; // a change that joined the compile waiting to start
        notified = next;
        next.then(
          () => {
            overlay.clear();
            server.ws.send({ type: 'custom', event: 'content:update' });
          },
          (error: unknown) => {
            overlay.show(error);
          },
        );
      };
      // Compile at once, so that the first page load does not wait for it (and errors show in the terminal).
      update();
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (file.startsWith(root) && /\.(md|yaml)$/.test(file)) void writeFinished(file).then(update);
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);

      server.middlewares.use((request, response, next) => {
        const url = (request.url?.split('?')[0] ?? '').replace(base.replace(/\/$/, ''), '');
        if (!url.startsWith('/data/')) {
          next();
          return;
        }
        content.dataFile(url).then(
          (body) => {
            response.statusCode = body ? 200 : 404;
            response.setHeader('Content-Type', 'application/json');
            response.end(body ?? '{"error":"not found"}');
          },
          (error: unknown) => {
            overlay.show(error);
            response.statusCode = 500;
            response.end(String(error));
          },
        );
      });
    },

    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      try {
        for (const [url, json] of dataFiles(await compile())) {
          this.emitFile({ type: 'asset', fileName: url.slice(1), source: json });
        }
      } catch (error) {
        if (error instanceof ContentErrors) this.error(error.message);
        throw error;
      }
    },
  };
}

/** Content errors in the terminal and the browser's error overlay; cleared once the content compiles. */
function contentOverlay(server: ViteDevServer) {
  let showing = false;
  return {
    show(error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      server.config.logger.error(message);
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'dlt:content' } });
      showing = true;
    },
    clear() {
      // An (empty) update is what makes Vite's client close its overlay (or reload a page opened with it).
      if (showing) server.ws.send({ type: 'update', updates: [] });
      showing = false;
    },
  };
}

/**
 * Resolves once `file` is no longer empty, or after 100 ms. An editor that saves by truncating the
 * file, then writing it, can be caught in between; Vite waits the same way for the modules it reloads.
 */
async function writeFinished(file: string): Promise<void> {
  for (let wait = 0; wait < 10; wait++) {
    const size = await fs.stat(file).then(
      (stats) => stats.size,
      () => undefined, // deleted: nothing to wait for
    );
    if (size !== 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
