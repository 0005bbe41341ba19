import { compileSite, type CompiledSite } from './compile-site';
import { CompileCache } from './content/compile-cache';
import { dataFileWriters, searchDataFiles } from './emit/data-files';

/**
 * The content as the dev server serves it. Each change compiles the site again, reusing every
 * page the change did not affect (see `CompileCache`); the data files of the latest compile are
 * written when first asked for.
 */
export interface DevContent {
  /** Compiles after a change. Changes made before that compile starts share it (and its promise). */
  update(): Promise<CompiledSite>;
  /**
   * The JSON text of the data file at `url` (`/data/...json`) in the latest compile, or undefined
   * if there is no such file. Rejects with the content errors when the content is broken.
   */
  dataFile(url: string): Promise<string | undefined>;
}

interface ServedSite {
  site: CompiledSite;
  fileAt: (url: string) => string | undefined;
}

interface Compile {
  served: Promise<ServedSite>;
  site: Promise<CompiledSite>;
}

export function createDevContent(contentDir: string, base: string): DevContent {
  const cache = new CompileCache();
  let latest: Compile | undefined;
  let waiting: Compile | undefined;

  const compile = (): Compile => {
    if (waiting) return waiting;
    const previous = latest?.served;
    const served = (async () => {
      // One compile at a time: they share the cache. The `await` also lets `waiting` be set below.
      await previous?.catch(() => undefined);
      waiting = undefined;
      return serve(await compileSite(contentDir, { base, cache }));
    })();
    const site = served.then(({ site }) => site);
    // Whoever asked reports a failure; one nobody waits for must not stop the server.
    site.catch(() => undefined);
    waiting = latest = { served, site };
    return latest;
  };

  return {
    update: () => compile().site,
    dataFile: (url) => (latest ?? compile()).served.then(({ fileAt }) => fileAt(url)),
  };
}

function serve(site: CompiledSite): ServedSite {
  const writers = dataFileWriters(site);
  const written = new Map<string, string>();
  let search: Map<string, string> | undefined;
  const fileAt = (url: string) => {
    let json = written.get(url);
    if (json === undefined) {
      const write = writers.get(url);
      json = write ? write() : (search ??= searchDataFiles(site.search)).get(url);
      if (json !== undefined) written.set(url, json);
    }
    return json;
  };
  return { site, fileAt };
}
