import type MiniSearch from 'minisearch';
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { ParsedQuery } from './build-query';

/**
 * The results where every part of the query matched (MiniSearch's `all` query) or, when there
 * are none, those where any part did (`any`), scoring the postings once. Both queries score the
 * same parts; `all` keeps the documents every part found, `any` all of them, and a document both
 * keep gets the same score from each (the sum over its parts). So `any`'s results, kept where
 * each part is among the query terms a result matched, are `all`'s. Scoring is most of a query's
 * time, and on a corpus where every word is in most sections a failed `all` used to double it.
 * That reading needs each query term to belong to one part only (and every node of several
 * terms to say how it combines them); otherwise the two queries run one after the other.
 */
export function searchAllThenAny(
  index: MiniSearch,
  { all, any, parts }: ParsedQuery,
  options: SearchOptions,
): SearchResult[] {
  if (!hasDistinctTerms(parts)) {
    const found = index.search(all, options);
    return found.length > 0 ? found : index.search(any, options);
  }
  const found = index.search(any, options);
  const everyPart = found.filter((result) => matchesEveryPart(parts, result.queryTerms));
  return everyPart.length > 0 ? everyPart : found;
}

/**
 * Whether a result that matched the query terms `matched` is among the results of every part.
 * Runs once per result, so no closures or sets: each part matched adds at least one term.
 */
function matchesEveryPart(parts: readonly Query[], matched: readonly string[]): boolean {
  if (matched.length < parts.length) return false;
  for (const part of parts) if (!isSatisfied(part, matched)) return false;
  return true;
}

/** Whether a document that matched the query terms `matched` is among the results of `node`. */
function isSatisfied(node: Query, matched: readonly string[]): boolean {
  if (typeof node === 'string') return matched.includes(node);
  if (typeof node === 'symbol' || node.queries.length === 0) return false;
  const every = node.combineWith?.toUpperCase() === 'AND';
  for (const child of node.queries) if (isSatisfied(child, matched) !== every) return !every;
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
