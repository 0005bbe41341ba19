import { useEffect, useState } from 'react';
import type { SearchEngine, SearchOutcome } from './search-engine';

export interface SearchOutcomeState {
  /** The outcome of the query, or with `keepPrevious`, of the last query searched until it arrives. */
  outcome?: SearchOutcome;
  /** The shards the query needs could not be fetched (offline, say). */
  failed: boolean;
}

interface Searched {
  query: string;
  outcome?: SearchOutcome;
  failed: boolean;
}

/**
 * Runs `query` on the engine; the outcome arrives once the shards it needs are loaded (at once
 * when they already are). A query typed meanwhile wins: a slower outcome never replaces it.
 */
export function useSearchOutcome(
  engine: SearchEngine | undefined,
  query: string,
  limit: number,
  { keepPrevious = false } = {},
): SearchOutcomeState {
  const [searched, setSearched] = useState<Searched>();
  const hasQuery = query.trim() !== '';

  useEffect(() => {
    if (!engine || !hasQuery) return;
    let current = true;
    engine.search(query, limit).then(
      (outcome) => {
        if (current) setSearched({ query, outcome, failed: false });
      },
      () => {
        if (current) setSearched({ query, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [engine, query, limit, hasQuery]);

  if (!hasQuery || !searched) return { failed: false };
  if (searched.query === query) return { outcome: searched.outcome, failed: searched.failed };
  // While typing, the last list stays until the next one is ready, rather than blinking.
  return keepPrevious && searched.outcome ? { outcome: searched.outcome, failed: false } : { failed: false };
}
