import type { SearchResult } from 'minisearch';
import type { StoredSearchFields } from '../../shared/search/search-data';
import type { SynonymMatcher } from '../../shared/search/synonyms';
import { highlightText, makeSnippet, type Segment } from './highlight';
import type { RankedMatch, SearchMatches } from './rank-matches';

/** One result: a page lead or a section, with the words it matched marked. */
export interface SearchHit {
  id: number;
  score: number;
  /** The route to open: the page, or `page#heading` for a section. */
  href: string;
  kind: 'topic' | 'question';
  /** The page's title and the section's heading (empty for a page's lead), as plain text. */
  title: string;
  heading: string;
  titleSegments: Segment[];
  headingSegments: Segment[];
  /** A short part of the section's text around the matched words. */
  snippet: Segment[];
  /** The TeX of the formula the query matched inside, if any (its rendering is in a formula shard). */
  formula?: string;
}

/** Same page: at most this many sections before the other pages' results. */
const sectionsPerPage = 3;

export function toHit(result: SearchResult, stored: StoredSearchFields, matcher: SynonymMatcher): SearchHit {
  const terms = new Set(result.terms);
  const inFormulas = Object.keys(result.match).filter((term) => result.match[term]!.includes('math'));
  const formula = stored.formulas
    .map((candidate) => ({ candidate, hits: candidate.terms.filter((term) => inFormulas.includes(term)).length }))
    .filter((entry) => entry.hits > 0)
    .sort((a, b) => b.hits - a.hits)[0]?.candidate.tex;
  return {
    id: result.id as number,
    score: result.score,
    href: stored.href,
    kind: stored.kind,
    title: stored.title,
    heading: stored.heading,
    titleSegments: highlightText(stored.title, terms, matcher),
    headingSegments: highlightText(stored.heading, terms, matcher),
    snippet: makeSnippet(stored.text, terms, matcher),
    formula,
  };
}

/** The page of each document id, from the number of documents of each page (see `SearchManifest.pageSizes`). */
export function pagesOfDocuments(pageSizes: readonly number[]): Uint32Array {
  const pages = new Uint32Array(pageSizes.reduce((sum, size) => sum + size, 0));
  let id = 0;
  pageSizes.forEach((size, page) => {
    pages.fill(page, id, id + size);
    id += size;
  });
  return pages;
}

/**
 * The best `limit` matches in rank order, except that a page's sections beyond the first few
 * wait until the other pages' results are listed.
 */
export function shownMatches(matches: SearchMatches, pageOf: Uint32Array, limit: number): RankedMatch[] {
  // Ranking fewer matches is faster; more are needed only when many of the best share a page.
  for (let count = limit; ; count *= 4) {
    const best = matches.best(count);
    const spread = firstSpreadOverPages(best, pageOf, limit);
    if (spread.complete || best.length === matches.total) return spread.shown;
  }
}

/**
 * `shownMatches` over the best matches `ranked`, in rank order; `complete` when they were enough
 * to tell (more of them would not change what is shown). Stops as soon as it has enough.
 */
export function firstSpreadOverPages<T extends { id: number }>(
  ranked: readonly T[],
  pageOf: Uint32Array,
  limit: number,
): { shown: T[]; complete: boolean } {
  const perPage = new Map<number, number>();
  const first: T[] = [];
  const rest: T[] = [];
  for (const result of ranked) {
    if (first.length >= limit) break;
    const page = pageOf[result.id]!;
    const count = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, count);
    (count <= sectionsPerPage ? first : rest).push(result);
  }
  return { shown: [...first, ...rest].slice(0, limit), complete: first.length >= limit };
}
