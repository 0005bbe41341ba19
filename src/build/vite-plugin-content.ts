import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileSite, type CompiledSite } from './compile-site';
import { ContentErrors } from './content-error';
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
 * Compiles `content/` and serves the page data: from memory in the dev server (recompiled and
 * pushed to the page when a content file changes), as `data/**.json` files in the client build.
 * Content errors stop the build, and show in the dev server's overlay.
 */
export function contentPlugin({ contentDir }: ContentPluginOptions): Plugin<ContentPluginApi> {
  const root = path.resolve(contentDir);
  let base = '/';
  let compiled: Promise<CompiledSite> | undefined;
  let files: Promise<Map<string, string>> | undefined;
  const compile = () => {
    compiled = compileSite(root, { base });
    return (files = compiled.then(dataFiles));
  };

  return {
    name: 'dlt:content',
    api: {
      compiled: () => compiled ?? compile().then(() => compiled!),
    },

    configResolved(config) {
      base = config.base;
    },

    configureServer(server) {
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (!file.startsWith(root) || !/\.(md|yaml)$/.test(file)) return;
        compile().then(
          () => {
            server.ws.send({ type: 'custom', event: 'content:update' });
          },
          (error: unknown) => {
            reportError(server, error);
          },
        );
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);

      server.middlewares.use((request, response, next) => {
        const url = (request.url?.split('?')[0] ?? '').replace(base.replace(/\/$/, ''), '');
        if (!url.startsWith('/data/')) {
          next();
          return;
        }
        (files ?? compile()).then(
          (data) => {
            const body = data.get(url);
            response.statusCode = body ? 200 : 404;
            response.setHeader('Content-Type', 'application/json');
            response.end(body ?? '{"error":"not found"}');
          },
          (error: unknown) => {
            reportError(server, error);
            response.statusCode = 500;
            response.end(String(error));
          },
        );
      });
    },

    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      try {
        for (const [url, json] of await compile()) {
          this.emitFile({ type: 'asset', fileName: url.slice(1), source: json });
        }
      } catch (error) {
        if (error instanceof ContentErrors) this.error(error.message);
        throw error;
      }
    },
  };
}

function reportError(server: ViteDevServer, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  server.config.logger.error(message);
  server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'dlt:content' } });
}
