import { gzipSync } from 'node:zlib';
import { createSearchEngine, type SearchEngine } from '../../../app/search/search-engine';
import { searchManifestUrl, type SearchData, type SearchManifest } from '../../../shared/search/search-data';

/** The search data as a static host serves it: each file's JSON and its gzip size. */
export interface ServedSearch {
  manifest: SearchManifest;
  json(url: string): string;
  gzipBytes(url: string): number;
}

export function serveSearch({ manifest, shards }: SearchData): ServedSearch {
  const files = new Map([[searchManifestUrl, JSON.stringify(manifest)], ...shards]);
  const sizes = new Map<string, number>();
  return {
    manifest,
    json: (url) => files.get(url)!,
    gzipBytes(url) {
      let size = sizes.get(url);
      if (size === undefined) sizes.set(url, (size = gzipSync(files.get(url)!).length));
      return size;
    },
  };
}

/** An engine as a first visit creates it (manifest parsed), and the URLs it has fetched since. */
export function freshEngine(served: ServedSearch): { engine: SearchEngine; fetched: string[] } {
  const fetched: string[] = [searchManifestUrl];
  const manifest = JSON.parse(served.json(searchManifestUrl)) as SearchManifest;
  const engine = createSearchEngine(manifest, (url) => {
    fetched.push(url);
    return Promise.resolve(JSON.parse(served.json(url)));
  });
  return { engine, fetched };
}

export interface FirstQuery {
  files: number;
  gzipBytes: number;
}

/**
 * What a first query downloads, as the search field shows it: the manifest, the term shards, the
 * document shards of the 8 results listed and the formula shards of the formulas they show.
 */
export async function measureFirstQuery(served: ServedSearch, query: string): Promise<FirstQuery> {
  const { engine, fetched } = freshEngine(served);
  const { hits } = await engine.search(query, 8);
  await engine.formulas(hits.flatMap((hit) => (hit.formula ? [hit.formula] : [])));
  const files = [...new Set(fetched)];
  return { files: files.length, gzipBytes: files.reduce((sum, url) => sum + served.gzipBytes(url), 0) };
}
