import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { createIndexOptions } from '../../shared/search/index-options';
import {
  fieldBoosts,
  searchIndexVersion,
  type SearchDocument,
  type SearchIndexPayload,
  type StoredSearchFields,
} from '../../shared/search/search-data';
import { createSynonymMatcher, type SynonymMatcher } from '../../shared/search/synonyms';
import { buildQuery } from './build-query';
import { closestNames, prepareVocabulary } from './closest-names';
import { createShortPrefixExpander } from './expand-short-prefix';
import { highlightText, makeSnippet, type Segment } from './highlight';

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
  /** The TeX of the formula the query matched inside, if any (its rendering is in the formulas file). */
  formula?: string;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many sections matched in all (`hits` may be fewer). */
  total: number;
}

export interface SearchEngine {
  /** The best `limit` results for what the user typed. Never throws for any input. */
  search(input: string, limit: number): SearchOutcome;
  /** Names close to `input` that do find something, for "did you mean". */
  suggest(input: string, limit?: number): string[];
}

/** Same page: at most this many sections before the other pages' results. */
const sectionsPerPage = 3;

/** Loads the index the build emitted and wraps it in the site's query rules. */
export function createSearchEngine(payload: SearchIndexPayload): SearchEngine {
  if (payload.version !== searchIndexVersion) throw new Error('the search index is out of date: reload the page');
  const index = MiniSearch.loadJS<SearchDocument>(payload.index, createIndexOptions(payload.synonyms));
  const matcher = createSynonymMatcher(payload.synonyms);
  const vocabulary = prepareVocabulary(payload.vocabulary);
  // Queries arrive as ready terms (see buildQuery): MiniSearch only looks them up.
  const options: SearchOptions = {
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: { ...fieldBoosts },
    maxFuzzy: 2,
  };

  const { documents } = payload;
  const pageOf = documents.map((document) => document.href.split('#')[0]!);
  const knownTerms = new Set(payload.index.index.map(([term]) => term));
  const context = {
    matcher,
    isKnownTerm: (term: string) => knownTerms.has(term),
    expandShortPrefix: createShortPrefixExpander(payload.index.index),
  };
  const run = (input: string): SearchResult[] => {
    const query = buildQuery(input, context);
    if (!query) return [];
    const all = index.search(query.all, options);
    return all.length > 0 ? all : index.search(query.any, options);
  };

  return {
    search(input, limit) {
      const results = run(input);
      const hits = firstSpreadOverPages(results, pageOf, limit).map((result) =>
        toHit(result, documents[result.id as number]!, matcher),
      );
      return { hits, total: results.length };
    },
    suggest(input, limit = 3) {
      return closestNames(input, vocabulary, limit * 2)
        .filter((name) => run(name).length > 0)
        .slice(0, limit);
    },
  };
}

function toHit(result: SearchResult, stored: StoredSearchFields, matcher: SynonymMatcher): SearchHit {
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

/**
 * The best `limit` results in rank order, except that a page's sections beyond the first few
 * wait until the other pages' results are listed. Stops as soon as it has enough.
 */
function firstSpreadOverPages(results: SearchResult[], pageOf: readonly string[], limit: number): SearchResult[] {
  const perPage = new Map<string, number>();
  const first: SearchResult[] = [];
  const rest: SearchResult[] = [];
  for (const result of results) {
    if (first.length >= limit) break;
    const page = pageOf[result.id as number]!;
    const count = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, count);
    (count <= sectionsPerPage ? first : rest).push(result);
  }
  return [...first, ...rest].slice(0, limit);
}
