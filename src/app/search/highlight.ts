import { scanTerms } from '../../shared/search/scan-terms';
import type { SynonymMatcher } from '../../shared/search/synonyms';

/** A piece of text, marked when it is one of the words the query matched. */
export interface Segment {
  text: string;
  match: boolean;
}

interface Range {
  start: number;
  end: number;
  term: string;
}

/**
 * Splits `text` into segments, marking the words whose index term is in `terms` (the terms a
 * result matched, synonym markers included). Matching is by term, never by a pattern built from
 * the query, so no input can break it.
 */
export function highlightText(text: string, terms: ReadonlySet<string>, matcher: SynonymMatcher): Segment[] {
  return toSegments(text, matchedRanges(text, terms, matcher), 0, text.length);
}

/** Target length of a snippet, in characters. */
export const snippetLength = 180;

/**
 * The part of `text` around the densest cluster of matched words (or its beginning when only the
 * title or heading matched), about `length` characters, cut at word boundaries with "…".
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  matcher: SynonymMatcher,
  length = snippetLength,
): Segment[] {
  const flat = text.replace(/\s+/g, ' ');
  const ranges = matchedRanges(flat, terms, matcher);
  let start = 0;
  let best = 0;
  for (const range of ranges) {
    const from = Math.max(0, range.start - Math.floor(length / 4));
    const distinct = new Set(
      ranges.filter((other) => other.start >= from && other.end <= from + length).map((r) => r.term),
    );
    if (distinct.size > best) {
      best = distinct.size;
      start = from;
    }
  }
  start = wordBoundary(flat, start, -1);
  const end = Math.min(flat.length, wordBoundary(flat, Math.min(flat.length, start + length), 1));
  const segments = toSegments(flat, ranges, start, end);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < flat.length) segments.push({ text: ' …', match: false });
  return segments;
}

function matchedRanges(text: string, terms: ReadonlySet<string>, matcher: SynonymMatcher): Range[] {
  const spans = scanTerms(text);
  const ranges: Range[] = spans.filter((span) => terms.has(span.term));
  for (const match of matcher.findAll(spans)) {
    if (terms.has(match.marker)) ranges.push({ start: match.start, end: match.end, term: match.marker });
  }
  return mergeOverlaps(ranges);
}

function mergeOverlaps(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function toSegments(text: string, ranges: readonly Range[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let position = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (from > position) segments.push({ text: text.slice(position, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    position = to;
  }
  if (position < end) segments.push({ text: text.slice(position, end), match: false });
  return segments;
}

/** Moves `index` to the nearest space in `direction`, so a snippet never starts or ends mid-word. */
function wordBoundary(text: string, index: number, direction: 1 | -1): number {
  if (index <= 0 || index >= text.length) return index;
  const limit = 20;
  for (let step = 0; step < limit; step++) {
    const position = index + direction * step;
    if (text[position] === ' ') return direction === 1 ? position : position + 1;
  }
  return index;
}
