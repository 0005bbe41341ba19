import { namedSymbols, normalizeTerm } from './normalize-term';

/** A searchable term and the characters of the text it was read from. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
  /**
   * The joined form of a hyphenated word ("non-linear" → "nonlinear"), emitted after its parts.
   * Compounds are extra terms: phrase matching reads only the parts.
   */
  compound?: true;
}

// Apostrophes and carets join letters (model's, W^Q); hyphens and en dashes join words (non-linear).
const part = String.raw`[\p{L}\p{N}_]+(?:['’^][\p{L}\p{N}_]+)*`;
const wordPattern = new RegExp(`${part}(?:[-‐‑–]${part})*|[${namedSymbols}]`, 'gu');
const partPattern = new RegExp(part, 'gu');
const joiner = /[-‐‑–]/;

/** Every searchable term of `text`, in order, with its position (for highlighting). */
export function scanTerms(text: string): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const word of text.matchAll(wordPattern)) {
    const start = word.index;
    if (!joiner.test(word[0])) {
      const term = normalizeTerm(word[0]);
      if (term) spans.push({ term, start, end: start + word[0].length });
      continue;
    }
    const parts = [...word[0].matchAll(partPattern)];
    for (const piece of parts) {
      const term = normalizeTerm(piece[0]);
      if (term) spans.push({ term, start: start + piece.index, end: start + piece.index + piece[0].length });
    }
    if (parts.length === 0) {
      const term = normalizeTerm(word[0]);
      if (term) spans.push({ term, start, end: start + word[0].length });
    }
    if (parts.length > 1) {
      const term = normalizeTerm(parts.map((piece) => piece[0]).join(''));
      if (term) spans.push({ term, start, end: start + word[0].length, compound: true });
    }
  }
  return spans;
}
