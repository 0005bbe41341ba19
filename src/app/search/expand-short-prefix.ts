import { isSynonymMarker } from '../../shared/search/synonyms';
import type { IndexEntry } from './term-shards';

/** How many completions a two-letter word being typed stands for. */
const completions = 6;

/**
 * Completions of a very short word being typed ("co" → convolution, code, collapse, ...): the
 * index terms starting with it that occur in the most sections. Letting MiniSearch expand a
 * two-letter prefix would score hundreds of terms on every keystroke; the few most common ones
 * are what a reader could mean, and the next letter narrows the search anyway. `termsWithPrefix`
 * must have every term of the prefix loaded.
 */
export function createShortPrefixExpander(
  termsWithPrefix: (prefix: string) => IndexEntry[],
): (prefix: string) => string[] {
  const cache = new Map<string, string[]>();

  return (prefix) => {
    const known = cache.get(prefix);
    if (known) return known;
    const found = termsWithPrefix(prefix)
      .filter(([term]) => term !== prefix && !isSynonymMarker(term))
      .map(([term, fields]) => ({ term, sections: sectionCount(fields) }))
      .sort((a, b) => b.sections - a.sections || (a.term < b.term ? -1 : 1))
      .slice(0, completions)
      .map((entry) => entry.term);
    cache.set(prefix, found);
    return found;
  };
}

/** Roughly how many sections contain the term: its largest posting list over the fields. */
function sectionCount(fields: IndexEntry[1]): number {
  let largest = 0;
  for (const postings of Object.values(fields)) largest = Math.max(largest, Object.keys(postings).length);
  return largest;
}
