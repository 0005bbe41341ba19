import path from 'node:path';
import type { Plugin } from 'vite';

const afterPaintName = 'after-paint';

/**
 * In the client build, the page's HTML loads `src/entry-after-paint.ts` instead of the app's entry,
 * and has no module preloads: the app's code is fetched after the first paint, not alongside it.
 * The entry and its imports move into the script tag's `data-app-entry` / `data-app-imports`.
 * The stylesheet stays linked in the head, so the first paint is fully styled. The dev server
 * loads the entry directly.
 */
export function loadAfterPaintPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'dlt:load-after-paint',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,

    configResolved(config) {
      root = config.root;
    },

    buildStart() {
      // An emitted chunk, not an import of the entry: the app's chunks stay exactly as they were.
      this.emitFile({ type: 'chunk', id: path.join(root, 'src/entry-after-paint.ts'), name: afterPaintName });
    },

    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        const afterPaint = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.name === afterPaintName,
        );
        if (!afterPaint || !chunk) throw new Error(`the client build has no "${afterPaintName}" chunk`);
        const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const entry = entryScript.exec(html)?.[1];
        if (!entry?.endsWith(chunk.fileName)) throw new Error(`index.html has no script tag for ${chunk.fileName}`);
        const preload = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;
        const imports = [...html.matchAll(preload)].map((match) => match[1]);
        const base = entry.slice(0, -chunk.fileName.length);
        const script =
          `<script type="module" crossorigin src="${base}${afterPaint.fileName}"` +
          ` data-app-entry="${entry}" data-app-imports="${imports.join(' ')}"></script>`;
        return html.replace(preload, '').replace(entryScript, () => script);
      },
    },
  };
}

/** Adds modules to those the after-paint script fetches with the app's entry (e.g. a page's widgets). */
export function addAppImports(html: string, modules: string[]): string {
  if (modules.length === 0) return html;
  return html.replace(/( data-app-imports="[^"]*)"/, (_, imports: string) => `${[imports, ...modules].join(' ')}"`);
}
