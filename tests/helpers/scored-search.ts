import MiniSearch, { type AsPlainObject, type SearchOptions } from 'minisearch';
import type { ParsedQuery } from '../../src/app/search/build-query';
import { addTerms, createPostingIndex, type PostingIndex } from '../../src/app/search/posting-index';
import { createQueryScorer, type QueryScorer } from '../../src/app/search/score-query';
import { scoringOptionsFor, type ScoringOptions } from '../../src/app/search/query-terms';
import { termsNeeded } from '../../src/app/search/terms-needed';
import { createIndexOptions } from '../../src/shared/search/index-options';
import type { SearchDocument, SearchRanking, TermShardPayload } from '../../src/shared/search/search-data';

/** The same index terms as the engine's scorer reads them and as MiniSearch loads them, in the same order. */
export interface ScoredPair {
  postings: PostingIndex;
  scorer: QueryScorer;
  miniSearch: MiniSearch<SearchDocument>;
}

export function scoredPair(ranking: SearchRanking, entries: TermShardPayload, synonyms: string[][]): ScoredPair {
  const postings = createPostingIndex(ranking);
  addTerms(postings, entries);
  const miniSearch = MiniSearch.loadJS<SearchDocument>(
    { ...serializedRanking(ranking), index: entries },
    createIndexOptions(synonyms),
  );
  return { postings, scorer: createQueryScorer(postings, 2), miniSearch };
}

/** The ranking data of a MiniSearch index (documents indexed with ids 0, 1, 2, ... in order). */
export function rankingOf(index: AsPlainObject): SearchRanking {
  return {
    documentCount: index.documentCount,
    fieldIds: index.fieldIds,
    averageFieldLength: index.averageFieldLength,
    fieldLengths: index.averageFieldLength.map((_, field) =>
      Array.from({ length: index.documentCount }, (_, id) => index.fieldLength[id]?.[field] ?? 0),
    ),
  };
}

/**
 * The engine's options as MiniSearch took them before the scorer replaced its search: the query's
 * terms only (see onlyTermsNeeded), field boosts, typo tolerance of at most 2.
 */
export function miniSearchOptions(query: ParsedQuery): SearchOptions {
  const { boost, keepTerm } = scoringOptions(query);
  return {
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: { ...boost },
    maxFuzzy: 2,
    boostDocument: keepTerm && ((_id: unknown, term: string) => (keepTerm(term) ? 1 : 0)),
  };
}

/** The scorer's options for the same query, as the engine makes them. */
export function scoringOptions(query: ParsedQuery): ScoringOptions {
  return scoringOptionsFor(termsNeeded(query.all));
}

function serializedRanking(ranking: SearchRanking): Omit<AsPlainObject, 'index'> {
  const { documentCount, fieldIds, averageFieldLength, fieldLengths } = ranking;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  for (let id = 0; id < documentCount; id++) {
    documentIds[id] = id;
    fieldLength[id] = fieldLengths.map((lengths) => lengths[id] ?? 0);
  }
  return {
    documentCount,
    nextId: documentCount,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    serializationVersion: 2,
  };
}
