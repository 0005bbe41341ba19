import type { MatchInfo, Query } from 'minisearch';
import type { DerivedTerm, TermSpec } from './expand-term';
import type { FieldPostings, PostingIndex } from './posting-index';
import { combinationOf, leafSpec, type NodeOptions, type ScoringOptions } from './query-terms';

/** What MiniSearch's result says a section matched: the query terms, and each index term's fields. */
export interface MatchDescription {
  queryTerms: string[];
  match: MatchInfo;
}

/**
 * What MiniSearch's result for section `id` says it matched, worked out for that section alone:
 * the scorer keeps only scores and query-term bits for every match, and a list shows a few. The
 * tree is walked as MiniSearch walks it, so terms and fields come in the order its results list them.
 */
export function createMatchDescriber(index: PostingIndex, expand: (spec: TermSpec) => DerivedTerm[]) {
  const fields = Object.keys(index.ranking.fieldIds);

  return (query: Query, options: ScoringOptions, id: number): MatchDescription | undefined => {
    const describeLeaf = (term: string, inherited: NodeOptions): MatchDescription | undefined => {
      const leaf = leafSpec(term, inherited);
      if (!leaf) return undefined;
      const match: MatchInfo = {};
      for (const derived of expand(leaf.spec)) {
        if (options.keepTerm && !options.keepTerm(derived.term)) continue;
        for (const field of fields) {
          if (contains(derived.postings.inField(index.ranking.fieldIds[field]!), id)) {
            (match[derived.term] ??= []).push(field);
          }
        }
      }
      return Object.keys(match).length > 0 ? { queryTerms: [term], match } : undefined;
    };

    const describe = (node: Query, inherited: NodeOptions): MatchDescription | undefined => {
      if (typeof node === 'string') return describeLeaf(node, inherited);
      const { children, options: nodeOptions, operator } = combinationOf(node, inherited);
      let combined: MatchDescription | undefined;
      children.forEach((child, position) => {
        const described = describe(child, nodeOptions);
        if (position === 0) combined = described;
        else if (operator === 'and') combined = combined && described && merge(combined, described);
        else if (operator === 'and_not') combined = described ? undefined : combined;
        else combined = combined && described ? merge(combined, described) : (combined ?? described);
      });
      return combined;
    };

    return describe(query, { boost: options.boost });
  };
}

/** MiniSearch's way of joining two results of a section: query terms once each, later fields lists win. */
function merge(a: MatchDescription, b: MatchDescription): MatchDescription {
  for (const term of b.queryTerms) if (!a.queryTerms.includes(term)) a.queryTerms.push(term);
  return { queryTerms: a.queryTerms, match: Object.assign(a.match, b.match) };
}

function contains(postings: FieldPostings | undefined, id: number): boolean {
  if (!postings) return false;
  const { documents } = postings;
  let low = 0;
  let high = documents.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (documents[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return documents[low] === id;
}
