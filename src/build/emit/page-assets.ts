import fs from 'node:fs/promises';
import path from 'node:path';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), the fields we read. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** What a prerendered page needs beyond the app's entry, for the source modules it renders with. */
export interface PageAssets {
  /** `<link rel="stylesheet">` tags, so that the page is styled before (and without) JavaScript. */
  stylesheets: string[];
  /** URLs of the modules' code, fetched together with the app's entry once the page has painted. */
  modules: string[];
}

/**
 * Reads the client build's manifest and returns a function giving the assets of a page rendered
 * with the given source modules (e.g. `src/app/routes/QuestionPage.tsx` and a widget's component):
 * their chunks and the chunks those import, with their stylesheets, minus what the entry loads anyway.
 */
export async function readPageAssets(distDir: string, base: string): Promise<(modules: string[]) => PageAssets> {
  const manifest = JSON.parse(await fs.readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const loaded = staticallyLoaded(manifest);
  return (modules) => {
    const css = new Set<string>();
    const code = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || loaded.has(key) || code.has(chunk.file)) return;
      code.add(chunk.file);
      for (const file of chunk.css ?? []) css.add(file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const module of modules) {
      if (!manifest[module]) throw new Error(`the build manifest has no chunk for the module ${module}`);
      visit(module);
    }
    return {
      stylesheets: [...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}" />`),
      modules: [...code].map((file) => base + file),
    };
  };
}

/** The chunks every page loads anyway: the entries and what they import statically. */
function staticallyLoaded(manifest: Record<string, ManifestChunk>): Set<string> {
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return keys;
}
