import type { Query, SearchOptions } from 'minisearch';
import { fieldBoosts } from '../../shared/search/search-data';
import type { TermSpec } from './expand-term';
import { onlyTermsNeeded, type TermsNeeded } from './terms-needed';

/** What the scorer takes besides the query: MiniSearch's field boosts, and which index terms may count. */
export interface ScoringOptions {
  boost: Readonly<Record<string, number>>;
  /**
   * Whether matches of this index term count: MiniSearch's `boostDocument` when it returns 0 or 1
   * by term alone (see `onlyTermsNeeded`), asked once per term rather than once per posting.
   */
  keepTerm?: (term: string) => boolean;
}

/** How the engine scores a query that needs `needed`: the fields' boosts, and only the terms it asked for. */
export function scoringOptionsFor(needed: TermsNeeded): ScoringOptions {
  return { boost: fieldBoosts, keepTerm: onlyTermsNeeded(needed) };
}

/** The options a node of a query tree scores with: its own, over those its parents passed down. */
export type NodeOptions = SearchOptions & { queries?: undefined };

/**
 * The query terms of a tree, each once, in the order a depth-first walk meets them. Queries are
 * built of ready terms (see buildQuery): the scorer, like the engine's MiniSearch options, takes
 * each string leaf as one term.
 */
export function collectQueryTerms(query: Query): string[] {
  const terms = new Set<string>();
  const visit = (node: Query) => {
    if (typeof node === 'string') {
      if (node) terms.add(node);
    } else if (typeof node !== 'symbol') node.queries.forEach(visit);
  };
  visit(query);
  return [...terms];
}

/**
 * A node of a query tree that combines others: its children, the options they score with (its own over
 * those its parents passed down, as MiniSearch's `executeQuery` merges them) and how it combines
 * them, in lower case (MiniSearch accepts any case). The wildcard query is not supported.
 */
export function combinationOf(node: Exclude<Query, string>, inherited: NodeOptions) {
  if (typeof node === 'symbol') throw new Error('the wildcard query is not supported');
  const options: NodeOptions = { ...inherited, ...node, queries: undefined };
  return { children: node.queries, options, operator: (options.combineWith ?? 'or').toLowerCase() };
}

/** How MiniSearch's `termToQuerySpec` reads a leaf term under its options; undefined for an empty one. */
export function leafSpec(term: string, options: NodeOptions): { spec: TermSpec; termBoost: number } | undefined {
  if (!term) return undefined;
  const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, 0, [term]) : options.fuzzy || false;
  const prefix = typeof options.prefix === 'function' ? options.prefix(term, 0, [term]) : options.prefix === true;
  const termBoost = typeof options.boostTerm === 'function' ? options.boostTerm(term, 0, [term]) : 1;
  return { spec: { term, prefix, fuzzy }, termBoost };
}
