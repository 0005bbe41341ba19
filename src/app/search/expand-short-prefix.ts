import type { AsPlainObject } from 'minisearch';
import { isSynonymMarker } from '../../shared/search/synonyms';

/** How many completions a two-letter word being typed stands for. */
const completions = 6;

type IndexEntry = AsPlainObject['index'][number];

/**
 * Completions of a very short word being typed ("co" → convolution, code, collapse, ...): the
 * index terms starting with it that occur in the most sections. Letting MiniSearch expand a
 * two-letter prefix would score hundreds of terms on every keystroke; the few most common ones
 * are what a reader could mean, and the next letter narrows the search anyway.
 */
export function createShortPrefixExpander(index: AsPlainObject['index']): (prefix: string) => string[] {
  let sorted: IndexEntry[] | undefined;
  const cache = new Map<string, string[]>();

  return (prefix) => {
    const known = cache.get(prefix);
    if (known) return known;
    sorted ??= index.filter(([term]) => !isSynonymMarker(term)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]![0] < prefix) low = middle + 1;
      else high = middle;
    }
    const matching: { term: string; sections: number }[] = [];
    for (let position = low; position < sorted.length && sorted[position]![0].startsWith(prefix); position++) {
      const [term, fields] = sorted[position]!;
      if (term !== prefix) matching.push({ term, sections: sectionCount(fields) });
    }
    const found = matching
      .sort((a, b) => b.sections - a.sections)
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
