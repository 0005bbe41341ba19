import MiniSearch, { type AsPlainObject } from 'minisearch';
import { createIndexOptions } from '../../shared/search/index-options';
import {
  searchShardUrl,
  type SearchDocument,
  type SearchManifest,
  type SearchRanking,
  type TermShardPayload,
} from '../../shared/search/search-data';
import { createShardCache, type FetchJson } from './shard-cache';
import type { TermsNeeded } from './terms-needed';

export type IndexEntry = TermShardPayload[number];

/** The part of the index loaded so far: the term shards queries needed, as one MiniSearch index. */
export interface TermShards {
  /** Loads the shards that may hold these terms. */
  load(needed: TermsNeeded): Promise<void>;
  /** A MiniSearch index of every loaded term (assembled again after new shards arrive). */
  index(): MiniSearch<SearchDocument>;
  /** Whether the index has this exact term; right once the term or a prefix of it has been loaded. */
  has: (term: string) => boolean;
  /** The loaded terms that start with `prefix`, with their postings. */
  withPrefix: (prefix: string) => IndexEntry[];
}

export function createTermShards(manifest: SearchManifest, fetchJson: FetchJson): TermShards {
  const starts = manifest.termShards;
  const fetchShard = createShardCache<TermShardPayload>(fetchJson);
  const options = createIndexOptions(manifest.synonyms);
  const loaded = new Map<number, TermShardPayload>();
  const terms = new Set<string>();
  let ranking: Omit<AsPlainObject, 'index'> | undefined;
  let assembled: MiniSearch<SearchDocument> | undefined;

  const add = async (shard: number) => {
    const entries = await fetchShard(searchShardUrl('terms', manifest.build, shard));
    if (loaded.has(shard)) return;
    loaded.set(shard, entries);
    for (const [term] of entries) terms.add(term);
    assembled = undefined;
  };

  return {
    async load({ exact, prefixes }) {
      const shards = new Set([
        ...exact.flatMap((term) => shardsForPrefix(starts, term).slice(0, 1)),
        ...prefixes.flatMap((prefix) => shardsForPrefix(starts, prefix)),
      ]);
      await Promise.all([...shards].filter((shard) => !loaded.has(shard)).map(add));
    },
    index() {
      // MiniSearch cannot add serialized terms to a loaded index: it is loaded again from every
      // loaded shard, which takes a few milliseconds after a query fetched new shards.
      ranking ??= serializedRanking(manifest.ranking);
      assembled ??= MiniSearch.loadJS<SearchDocument>({ ...ranking, index: [...loaded.values()].flat() }, options);
      return assembled;
    },
    has: (term) => terms.has(term),
    withPrefix: (prefix) =>
      shardsForPrefix(starts, prefix).flatMap((shard) =>
        (loaded.get(shard) ?? []).filter(([term]) => term.startsWith(prefix)),
      ),
  };
}

/**
 * The shards whose terms may start with `prefix`, the first being the one `prefix` itself would
 * be in, given where each shard starts in term order (shard i holds the terms from `starts[i]`
 * up to `starts[i + 1]`).
 */
export function shardsForPrefix(starts: readonly string[], prefix: string): number[] {
  const end = `${prefix}\uffff`;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= prefix) low = middle + 1;
    else high = middle;
  }
  // low - 1 is the shard where `prefix` itself would be; the next ones may hold its continuations.
  const shards = low > 0 ? [low - 1] : [];
  for (let next = low; next < starts.length && starts[next]! < end; next++) shards.push(next);
  return shards;
}

/**
 * Everything of a serialized MiniSearch index but the postings. Field lengths come by field from
 * the manifest; short ids are the document ids (the build indexes documents in id order).
 */
function serializedRanking(ranking: SearchRanking): Omit<AsPlainObject, 'index'> {
  const { documentCount, fieldIds, averageFieldLength, fieldLengths } = ranking;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  for (let id = 0; id < documentCount; id++) {
    documentIds[id] = id;
    fieldLength[id] = fieldLengths.map((lengths) => lengths[id] ?? 0);
  }
  return {
    documentCount,
    nextId: documentCount,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    serializationVersion: 2,
  };
}
