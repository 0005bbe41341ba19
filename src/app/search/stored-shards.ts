import { formulaShardOf } from '../../shared/search/formula-shard';
import {
  searchShardUrl,
  type DocumentShardPayload,
  type SearchFormulasPayload,
  type SearchManifest,
  type StoredSearchFields,
} from '../../shared/search/search-data';
import { createShardCache, type FetchJson } from './shard-cache';

/** What results show, fetched only for the results actually shown. */
export interface StoredShards {
  /** The stored fields of these documents. */
  documents(ids: readonly number[]): Promise<Map<number, StoredSearchFields>>;
  /** The KaTeX renderings of these formulas, by TeX source (a formula the build did not render is left out). */
  formulas(texs: readonly string[]): Promise<SearchFormulasPayload>;
}

export function createStoredShards(manifest: SearchManifest, fetchJson: FetchJson): StoredShards {
  const fetchDocuments = createShardCache<DocumentShardPayload>(fetchJson);
  const fetchFormulas = createShardCache<SearchFormulasPayload>(fetchJson);
  const { build, documentShards, formulaShards } = manifest;

  return {
    async documents(ids) {
      const found = await Promise.all(
        ids.map(async (id) => {
          const shard = shardOfDocument(documentShards, id);
          const documents = await fetchDocuments(searchShardUrl('documents', build, shard));
          return [id, documents[id - documentShards[shard]!]!] as const;
        }),
      );
      return new Map(found);
    },
    async formulas(texs) {
      const found = await Promise.all(
        texs.map(async (tex) => {
          const shard = await fetchFormulas(searchShardUrl('formulas', build, formulaShardOf(tex, formulaShards)));
          return Object.hasOwn(shard, tex) ? [[tex, shard[tex]!] as const] : [];
        }),
      );
      return Object.fromEntries(found.flat());
    },
  };
}

/** The last shard starting at or before `id`, given the first id of each. */
function shardOfDocument(starts: readonly number[], id: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}
