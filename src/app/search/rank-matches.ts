import type { SearchResult } from 'minisearch';
import type { MatchDescription } from './describe-match';
import type { ScoredMatches } from './score-query';

/** A section a query found, with its score. */
export interface RankedMatch {
  id: number;
  score: number;
}

/** The sections a query found, ranked as MiniSearch ranks its results. */
export interface SearchMatches {
  total: number;
  /** The best `count` sections, best first: by score, equal scores in the order MiniSearch lists them. */
  best(count: number): RankedMatch[];
  /** MiniSearch's result for a section of `best`. */
  result(match: RankedMatch): SearchResult;
}

/**
 * Ranks the matches at `positions` (all of them when undefined). A list shows a few, so only
 * those are sorted: sorting every match, as MiniSearch does, took a large part of a query on a
 * corpus where common words are in most sections.
 */
export function rankMatches(
  matches: ScoredMatches,
  positions: Int32Array | undefined,
  describe: (id: number) => MatchDescription,
): SearchMatches {
  const total = positions ? positions.length : matches.ids.length;
  const at = positions ? (rank: number) => positions[rank]! : (rank: number) => rank;
  const { scores, ids } = matches;
  return {
    total,
    best(count) {
      // Positions of the best so far, best first; a later position loses a tie (MiniSearch's sort is stable).
      const best: number[] = [];
      if (count <= 0) return [];
      for (let rank = 0; rank < total; rank++) {
        const position = at(rank);
        const score = scores[position]!;
        if (best.length === count && score <= scores[best[count - 1]!]!) continue;
        let slot = best.length;
        while (slot > 0 && scores[best[slot - 1]!]! < score) slot--;
        best.splice(slot, 0, position);
        if (best.length > count) best.pop();
      }
      return best.map((position) => ({ id: ids[position]!, score: scores[position]! }));
    },
    result({ id, score }) {
      const { queryTerms, match } = describe(id);
      return { id, score, terms: Object.keys(match), queryTerms, match };
    },
  };
}
