import SearchableMap from 'minisearch/SearchableMap';
import type { SearchRanking, TermShardPayload } from '../../shared/search/search-data';

/** A term's postings as a term shard holds them: by field id, then document id, the term's frequency. */
export type SerializedPostings = TermShardPayload[number][1];

/** A term's postings in one field, as arrays: documents in ascending id order and their term frequencies. */
export interface FieldPostings {
  documents: Int32Array;
  frequencies: Float64Array;
}

/** A term's postings by field id (a field without the term has none), converted the first time a query scores them. */
export class TermPostings {
  private byField?: (FieldPostings | undefined)[];

  constructor(private readonly serialized: SerializedPostings) {}

  inField(fieldId: number): FieldPostings | undefined {
    this.byField ??= [];
    if (!(fieldId in this.byField)) this.byField[fieldId] = toArrays(this.serialized[fieldId]);
    return this.byField[fieldId];
  }
}

/**
 * The loaded part of the index, as the scorer reads it: the terms in MiniSearch's own radix tree
 * (`SearchableMap`, so prefix and fuzzy lookups are MiniSearch's), with their postings, and the
 * ranking data of every document. Terms are added as their shards arrive, in the order MiniSearch
 * would load them, so the tree, and the order lookups list terms in, are the ones it would build.
 */
export interface PostingIndex {
  ranking: SearchRanking;
  terms: SearchableMap<TermPostings>;
  /** Bumped whenever terms are added: what was looked up before may have changed. */
  version: number;
}

export function createPostingIndex(ranking: SearchRanking): PostingIndex {
  return { ranking, terms: new SearchableMap<TermPostings>(), version: 0 };
}

export function addTerms(index: PostingIndex, entries: TermShardPayload): void {
  for (const [term, postings] of entries) index.terms.set(term, new TermPostings(postings));
  index.version++;
}

function toArrays(serialized: Record<string, number> | undefined): FieldPostings | undefined {
  if (!serialized) return undefined;
  // Object.keys lists integer keys in ascending order, the order MiniSearch's loaded maps keep.
  const ids = Object.keys(serialized);
  const documents = new Int32Array(ids.length);
  const frequencies = new Float64Array(ids.length);
  ids.forEach((id, position) => {
    documents[position] = Number(id);
    frequencies[position] = serialized[id]!;
  });
  return { documents, frequencies };
}
