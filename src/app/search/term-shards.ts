import { searchShardUrl, type SearchManifest, type TermShardPayload } from '../../shared/search/search-data';
import { addTerms, createPostingIndex, type PostingIndex } from './posting-index';
import { createShardCache, type FetchJson } from './shard-cache';
import type { TermsNeeded } from './terms-needed';

export type IndexEntry = TermShardPayload[number];

/** The part of the index loaded so far: the term shards queries needed, as one index. */
export interface TermShards {
  /** Loads the shards that may hold these terms. */
  load(needed: TermsNeeded): Promise<void>;
  /** Every loaded term with its postings (it grows as shards arrive). */
  index: PostingIndex;
  /** Whether the index has this exact term; right once the term or a prefix of it has been loaded. */
  has: (term: string) => boolean;
  /** The loaded terms that start with `prefix`, with their postings. */
  withPrefix: (prefix: string) => IndexEntry[];
}

export function createTermShards(manifest: SearchManifest, fetchJson: FetchJson): TermShards {
  const starts = manifest.termShards;
  const fetchShard = createShardCache<TermShardPayload>(fetchJson);
  const loaded = new Map<number, TermShardPayload>();
  const index = createPostingIndex(manifest.ranking);

  const add = async (shard: number) => {
    const entries = await fetchShard(searchShardUrl('terms', manifest.build, shard));
    if (loaded.has(shard)) return;
    loaded.set(shard, entries);
    addTerms(index, entries);
  };

  return {
    async load({ exact, prefixes }) {
      const shards = new Set([
        ...exact.flatMap((term) => shardsForPrefix(starts, term).slice(0, 1)),
        ...prefixes.flatMap((prefix) => shardsForPrefix(starts, prefix)),
      ]);
      await Promise.all([...shards].filter((shard) => !loaded.has(shard)).map(add));
    },
    index,
    has: (term) => index.terms.has(term),
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
