import type { Query } from 'minisearch';
import type { ParsedQuery } from './build-query';
import type { ScoringOptions } from './query-terms';
import { rankMatches, type SearchMatches } from './rank-matches';
import type { QueryScorer, ScoredMatches } from './score-query';

/**
 * The sections where every part of the query matched (MiniSearch's `all` query) or, when there
 * are none, those where any part did (`any`), scoring the postings once. Both queries score the
 * same parts; `all` keeps the documents every part found, `any` all of them, and a document both
 * keep gets the same score from each (the sum over its parts). So `any`'s results, kept where
 * each part is among the query terms a result matched, are `all`'s. Scoring is most of a query's
 * time, and on a corpus where every word is in most sections a failed `all` used to double it.
 * That reading needs each query term to belong to one part only (and every node of several
 * terms to say how it combines them); otherwise the two queries run one after the other.
 */
export function searchAllThenAny(
  scorer: QueryScorer,
  { all, any, parts }: ParsedQuery,
  options: ScoringOptions,
): SearchMatches {
  const ranked = (query: Query, matches: ScoredMatches, positions?: Int32Array) =>
    rankMatches(matches, positions, (id) => scorer.describe(query, options, id)!);
  if (!hasDistinctTerms(parts)) {
    const found = scorer.score(all, options);
    return found.ids.length > 0 ? ranked(all, found) : ranked(any, scorer.score(any, options));
  }
  const found = scorer.score(any, options);
  const everyPart = positionsMatchingEveryPart(parts, found);
  return everyPart.length > 0 ? ranked(any, found, everyPart) : ranked(any, found);
}

/**
 * The positions of the matches whose query terms satisfy every part. Sections matching the same
 * query terms share a verdict: on a common word there are thousands of them, and few term sets.
 */
function positionsMatchingEveryPart(parts: readonly Query[], { termBits, queryTerms, words, ids }: ScoredMatches) {
  const bitOf = new Map(queryTerms.map((term, bit) => [term, bit]));
  const verdicts = new Map<number | string, boolean>();
  const kept = new Int32Array(ids.length);
  let count = 0;
  for (let position = 0; position < ids.length; position++) {
    const start = position * words;
    // One word (up to 32 query terms) is the usual case: its number is the key, with nothing to allocate.
    const key = words === 1 ? termBits[start]! : termBits.subarray(start, start + words).join();
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      const has = (term: string) => {
        const bit = bitOf.get(term);
        return bit !== undefined && (termBits[start + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
      };
      verdicts.set(key, (verdict = parts.every((part) => isSatisfied(part, has))));
    }
    if (verdict) kept[count++] = position;
  }
  return kept.subarray(0, count);
}

/** Whether a section that matched the query terms `has` says is among the results of `node`. */
function isSatisfied(node: Query, has: (term: string) => boolean): boolean {
  if (typeof node === 'string') return has(node);
  if (typeof node === 'symbol' || node.queries.length === 0) return false;
  const every = node.combineWith?.toUpperCase() === 'AND';
  for (const child of node.queries) if (isSatisfied(child, has) !== every) return !every;
  return every;
}

/** Whether no term occurs twice in the parts, and every node of several terms names its combination. */
function hasDistinctTerms(parts: readonly Query[]): boolean {
  const seen = new Set<string>();
  const visit = (node: Query): boolean => {
    if (typeof node === 'symbol') return false;
    if (typeof node === 'string') {
      if (seen.has(node)) return false;
      seen.add(node);
      return true;
    }
    if (node.queries.length > 1 && node.combineWith === undefined) return false;
    return node.queries.every(visit);
  };
  return parts.every(visit);
}
