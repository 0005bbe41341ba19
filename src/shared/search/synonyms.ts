import { scanTerms, type TermSpan } from './scan-terms';

/**
 * Synonyms both ways: every name of a group (a glossary term and its aliases, e.g. "KL",
 * "Kullback–Leibler divergence", "relative entropy") adds the group's marker term wherever it
 * appears, in the index and in the query. A query naming the group in any way then matches text
 * naming it in any other way.
 */

/** Markers start with a character no word contains, so no typed word can produce or fuzzily reach one. */
const markerPrefix = '§';

export function synonymMarker(group: number): string {
  return `${markerPrefix}${group}`;
}

export function isSynonymMarker(term: string): boolean {
  return term.startsWith(markerPrefix);
}

/** A group's name found in a text: the marker and the span of words it covers. */
export interface SynonymMatch {
  marker: string;
  /** Index of the first and one past the last matched term in the phrase terms (compounds excluded). */
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface SynonymMatcher {
  /** Every name of every group found in `spans` (overlapping matches included), in text order. */
  findAll(spans: readonly TermSpan[]): SynonymMatch[];
}

/** Builds a matcher from groups of names, e.g. `[['KL divergence', 'KL', 'relative entropy'], ...]`. */
export function createSynonymMatcher(groups: readonly (readonly string[])[]): SynonymMatcher {
  const byFirstTerm = new Map<string, { terms: string[]; marker: string }[]>();
  groups.forEach((names, group) => {
    const seen = new Set<string>();
    for (const name of names) {
      const terms = phraseTerms(scanTerms(name)).map((span) => span.term);
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirstTerm.get(terms[0]!) ?? [];
      list.push({ terms, marker: synonymMarker(group) });
      byFirstTerm.set(terms[0]!, list);
    }
  });

  return {
    findAll(spans) {
      const words = phraseTerms(spans);
      const matches: SynonymMatch[] = [];
      words.forEach((word, from) => {
        for (const candidate of byFirstTerm.get(word.term) ?? []) {
          const to = from + candidate.terms.length;
          if (to > words.length) continue;
          if (candidate.terms.every((term, offset) => words[from + offset]!.term === term)) {
            matches.push({ marker: candidate.marker, from, to, start: word.start, end: words[to - 1]!.end });
          }
        }
      });
      return matches;
    },
  };
}

/** The terms phrases are matched against: the words, without the joined forms of hyphenated words. */
export function phraseTerms(spans: readonly TermSpan[]): TermSpan[] {
  return spans.filter((span) => !span.compound);
}
