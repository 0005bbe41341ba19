import type { Query, QueryCombination } from 'minisearch';
import { scanTerms, type TermSpan } from '../../shared/search/scan-terms';
import { phraseTerms, type SynonymMatch, type SynonymMatcher } from '../../shared/search/synonyms';

/** Longer input is cut: no one types more to find a section, and the work per query stays bounded. */
export const maxQueryLength = 200;
const maxUnits = 10;
/** A shorter word being typed stands for its most common completions (see expandShortPrefix). */
const minPrefixLength = 3;
const maxTermLength = 40;

/** What the query builder may know of the index. */
export interface QueryContext {
  matcher: SynonymMatcher;
  /** Whether the index has this exact term: a known word is not treated as a typo. */
  isKnownTerm?: (term: string) => boolean;
  /** The most common completions of a very short word being typed. */
  expandShortPrefix?: (prefix: string) => string[];
}

/** A user's query as MiniSearch queries: every part required, and the fallback where any part may match. */
export interface ParsedQuery {
  all: Query;
  any: Query;
  /** The parts, one per word or name typed: `all` requires each, `any` any of them. */
  parts: Query[];
}

/**
 * Turns what the user typed into a MiniSearch query tree. Each word is one required part, with
 * prefix matching (the word may be unfinished; a two-letter one stands for the completions
 * `expandShortPrefix` gives) and, for words the index does not know, typo tolerance. A name of a synonym group
 * ("KL", "Kullback–Leibler divergence") is one part that matches the group's marker or the words
 * themselves; a hyphenated word ("non-linear") matches its joined form or its parts.
 * Returns undefined when the input has nothing to search for (only punctuation, only stop words).
 */
export function buildQuery(input: string, context: QueryContext): ParsedQuery | undefined {
  const { matcher, isKnownTerm = () => false, expandShortPrefix = () => [] } = context;
  const text = input.slice(0, maxQueryLength);
  const spans = scanTerms(text).filter((span) => span.term.length <= maxTermLength);
  const words = phraseTerms(spans);
  if (words.length === 0) return undefined;
  const last = words.at(-1)!;
  const stillTyping = text.trimEnd().length === text.length && last.end === text.trimEnd().length;
  const leaf = (span: TermSpan): Query => {
    const { term } = span;
    const typing = stillTyping && span.end === last.end;
    const fuzzy = term.length >= 5 && !/^\d+$/.test(term) && !isKnownTerm(term) ? 0.2 : false;
    if (!typing) return { queries: [term], prefix: term.length >= 4, fuzzy };
    if (term.length < minPrefixLength) {
      const completions = expandShortPrefix(term).map((completion) => ({
        ...exactQuery(completion),
        boostTerm: () => 0.4,
      }));
      return { combineWith: 'OR', queries: [exactQuery(term), ...completions] };
    }
    // Half-typed "-ing" ("encodin") continues a stemmed term ("encod").
    const stem = term.length >= 5 ? term.replace(/in?$/, '') : term;
    const queries: Query[] = [{ queries: [term], prefix: true, fuzzy }];
    if (stem !== term) queries.push({ queries: [stem], prefix: true, fuzzy: false });
    return queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries };
  };

  const synonyms = chooseLongest(matcher.findAll(spans));
  const compounds = spans.filter((span) => span.compound);
  const units: Query[] = [];
  for (let index = 0; index < words.length && units.length < maxUnits;) {
    const word = words[index]!;
    const synonym = synonyms.get(index);
    if (synonym) {
      const phrase = words.slice(synonym.from, synonym.to).map(leaf);
      units.push({ combineWith: 'OR', queries: [exactQuery(synonym.marker), all(phrase)] });
      index = synonym.to;
      continue;
    }
    const compound = compounds.find((span) => span.start <= word.start && word.end <= span.end);
    if (compound) {
      const parts = words.slice(index).filter((part) => part.end <= compound.end);
      units.push({ combineWith: 'OR', queries: [leaf(compound), all(parts.map(leaf))] });
      index += parts.length;
      continue;
    }
    units.push(leaf(word));
    index++;
  }
  return { all: all(units), any: { combineWith: 'OR', queries: units }, parts: units };
}

function all(queries: Query[]): Query {
  return { combineWith: 'AND', queries };
}

function exactQuery(term: string): QueryCombination {
  return { queries: [term], prefix: false, fuzzy: false };
}

/** The longest names win where names overlap ("multi-head attention" over "attention"). */
function chooseLongest(matches: SynonymMatch[]): Map<number, SynonymMatch> {
  const chosen = new Map<number, SynonymMatch>();
  const taken = new Set<number>();
  const byLength = [...matches].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  for (const match of byLength) {
    const positions = Array.from({ length: match.to - match.from }, (_, offset) => match.from + offset);
    if (positions.some((position) => taken.has(position))) continue;
    positions.forEach((position) => taken.add(position));
    chosen.set(match.from, match);
  }
  return chosen;
}
