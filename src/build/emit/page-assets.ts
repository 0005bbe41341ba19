import fs from 'node:fs/promises';
import path from 'node:path';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), the fields we read. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * Reads the client build's manifest and returns a function giving the URLs of the code a page
 * rendered with the given source modules (its route, e.g. `src/app/routes/QuestionPage.tsx`)
 * needs beyond the app's entry: their chunks and the chunks those import, minus what the entry
 * loads anyway. The page fetches them together with the entry once it has painted. (Its CSS is
 * the site's one stylesheet, linked in every page's head: see `cssCodeSplit` in vite-config.ts.)
 */
export async function readPageModules(distDir: string, base: string): Promise<(modules: string[]) => string[]> {
  const manifest = JSON.parse(await fs.readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const loaded = staticallyLoaded(manifest);
  return (modules) => {
    const code = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || loaded.has(key) || code.has(chunk.file)) return;
      code.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const module of modules) {
      if (!manifest[module]) throw new Error(`the build manifest has no chunk for the module ${module}`);
      visit(module);
    }
    return [...code].map((file) => base + file);
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
