import type { PostingIndex, TermPostings } from './posting-index';

/** A query term as MiniSearch reads it: the term, whether it may be a prefix, its typo tolerance. */
export interface TermSpec {
  term: string;
  prefix: boolean;
  /** MiniSearch's `fuzzy`: false, a fraction of the term's length, or an edit distance. */
  fuzzy: boolean | number;
}

/** An index term a query term reaches, with the weight MiniSearch gives that kind of match. */
export interface DerivedTerm {
  term: string;
  weight: number;
  postings: TermPostings;
}

// MiniSearch's default weights of prefix and fuzzy matches (the engine sets none).
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
/** Lookups kept at most: a long visit types many words, and a lookup costs far less than a query. */
const cacheSize = 500;

/**
 * The index terms a query term reaches, in the order MiniSearch's `executeQuerySpec` scores them:
 * the term itself, its completions, then its near misses. The order matters: a section's score
 * is a sum of floating-point numbers, and only the same order gives the same bits. Lookups are
 * kept until terms are added, so a reader typing one more word reuses the earlier words' ones.
 */
export function createTermExpander(index: PostingIndex, maxFuzzy: number): (spec: TermSpec) => DerivedTerm[] {
  const cache = new Map<string, DerivedTerm[]>();
  let version = index.version;

  return (spec) => {
    if (version !== index.version || cache.size >= cacheSize) {
      cache.clear();
      version = index.version;
    }
    const key = `${String(spec.prefix)} ${String(spec.fuzzy)} ${spec.term}`;
    let derived = cache.get(key);
    if (!derived) cache.set(key, (derived = expandTerm(index, spec, maxFuzzy)));
    return derived;
  };
}

function expandTerm(index: PostingIndex, { term, prefix, fuzzy }: TermSpec, maxFuzzy: number): DerivedTerm[] {
  const derived: DerivedTerm[] = [];
  const exact = index.terms.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  let nearMisses: ReturnType<PostingIndex['terms']['fuzzyGet']> | undefined;
  if (fuzzy) {
    const fraction = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = fraction < 1 ? Math.min(maxFuzzy, Math.round(term.length * fraction)) : fraction;
    if (maxDistance) nearMisses = index.terms.fuzzyGet(term, maxDistance);
  }
  if (prefix) {
    for (const [completion, postings] of index.terms.atPrefix(term)) {
      const distance = completion.length - term.length;
      if (!distance) continue;
      nearMisses?.delete(completion); // scored as a completion only
      const weight = (prefixWeight * completion.length) / (completion.length + 0.3 * distance);
      derived.push({ term: completion, weight, postings });
    }
  }
  for (const [nearMiss, [postings, distance]] of nearMisses ?? []) {
    if (!distance) continue;
    derived.push({ term: nearMiss, weight: (fuzzyWeight * nearMiss.length) / (nearMiss.length + distance), postings });
  }
  return derived;
}
