import type { Query } from 'minisearch';

/**
 * How many first letters of a word typo tolerance keeps: "atention" finds "attention", but
 * "ttention" does not. A typo'd word then needs only the terms sharing those letters, so a query
 * downloads a few term shards rather than the whole index.
 */
export const fuzzyKeptLetters = 2;

/** The terms a query tree can match. */
export interface TermsNeeded {
  /** Terms matched exactly. */
  exact: string[];
  /** Prefixes of the terms matched by prefix or with typo tolerance (then its first `fuzzyKeptLetters` letters). */
  prefixes: string[];
  /** Whether typo tolerance applies to some word: only then can MiniSearch match other terms. */
  fuzzy: boolean;
}

export function termsNeeded(query: Query): TermsNeeded {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  let anyFuzzy = false;
  const visit = (node: Query, prefix: unknown, fuzzy: unknown) => {
    if (typeof node === 'symbol') return;
    if (typeof node === 'string') {
      anyFuzzy ||= Boolean(fuzzy);
      if (fuzzy) prefixes.add(node.slice(0, fuzzyKeptLetters));
      else if (prefix) prefixes.add(node);
      else exact.add(node);
      return;
    }
    for (const child of node.queries) visit(child, node.prefix ?? prefix, node.fuzzy ?? fuzzy);
  };
  visit(query, false, false);
  return { exact: [...exact], prefixes: [...prefixes], fuzzy: anyFuzzy };
}

/**
 * Which matched terms count: only those the query asked for. Typo tolerance would otherwise also
 * reach terms of shards that earlier queries happened to load, and the same query would give
 * different results depending on what was searched before. Undefined when the query has no typo
 * tolerance: it cannot match other terms then.
 */
export function onlyTermsNeeded({ exact, prefixes, fuzzy }: TermsNeeded): ((term: string) => boolean) | undefined {
  if (!fuzzy) return undefined;
  return (term) => exact.includes(term) || prefixes.some((prefix) => term.startsWith(prefix));
}
