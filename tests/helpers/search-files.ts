import { createSearchEngine, type SearchEngine } from '../../src/app/search/search-engine';
import {
  searchShardUrl,
  type SearchData,
  type SearchDocument,
  type SearchManifest,
} from '../../src/shared/search/search-data';

/** An engine over emitted search data, fetching shards as the browser would (through JSON), and what it fetched. */
export function engineOver(search: SearchData): { engine: SearchEngine; fetched: string[] } {
  const fetched: string[] = [];
  const manifest = JSON.parse(JSON.stringify(search.manifest)) as SearchManifest;
  const engine = createSearchEngine(manifest, (url) => {
    fetched.push(url);
    const json = search.shards.get(url);
    return json === undefined ? Promise.reject(new Error(`no shard ${url}`)) : Promise.resolve(JSON.parse(json));
  });
  return { engine, fetched };
}

/** The bytes of these shards' JSON. */
export function shardBytes(search: SearchData, urls: readonly string[]): number {
  return [...new Set(urls)].reduce((sum, url) => sum + (search.shards.get(url)?.length ?? 0), 0);
}

/** The same search data with every term in one shard: what an engine that loaded the whole index would find. */
export function withOneTermShard({ manifest, shards }: SearchData): SearchData {
  const url = (shard: number) => searchShardUrl('terms', manifest.build, shard);
  const entries = manifest.termShards.flatMap((_, shard) => JSON.parse(shards.get(url(shard))!) as unknown[]);
  return {
    manifest: { ...manifest, termShards: [''] },
    shards: new Map([...shards, [url(0), JSON.stringify(entries)]]),
  };
}

/** A question page's search section with only a text: title `Page <id>`, nothing else to match. */
export function textSection(id: number, text: string): SearchDocument {
  return {
    id,
    href: `/questions/page-${id}`,
    kind: 'question',
    title: `Page ${id}`,
    heading: '',
    aliases: [],
    keywords: [],
    glossary: [],
    text,
    body: text,
    formulas: [],
  };
}
