import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuery } from '../../../../src/app/search/build-query';
import { createShortPrefixExpander } from '../../../../src/app/search/expand-short-prefix';
import { rankMatches } from '../../../../src/app/search/rank-matches';
import { searchAllThenAny } from '../../../../src/app/search/search-all-then-any';
import { benchQueries, keystrokes } from '../../../../src/build/search/bench/bench-queries';
import { generateSearchCorpus } from '../../../../src/build/search/bench/generate-search-corpus';
import { indexDocuments } from '../../../../src/build/search/build-search-index';
import { compileSite } from '../../../../src/build/compile-site';
import { createIndexOptions } from '../../../../src/shared/search/index-options';
import {
  fieldBoosts,
  searchShardUrl,
  type SearchData,
  type SearchDocument,
  type StoredSearchFields,
  type TermShardPayload,
} from '../../../../src/shared/search/search-data';
import { createSynonymMatcher } from '../../../../src/shared/search/synonyms';
import {
  miniSearchOptions,
  rankingOf,
  scoredPair,
  scoringOptions,
  type ScoredPair,
} from '../../../helpers/scored-search';
import { textSection } from '../../../helpers/search-files';

// The scorer replaces MiniSearch's search: every result, its score and what it matched must stay
// MiniSearch's, to the bit. Compared over the bench's queries and every keystroke of them, on the
// real content, on sections recombined from it, and on a small vocabulary (long posting lists, many ties).
const queries = [
  ...new Set([
    ...benchQueries,
    ...keystrokes(benchQueries),
    'atention maks',
    'transfomer',
    'posterior colapse ',
    'attention attention heads',
    'non-linear activation',
    'normalis',
    'co',
    'kl term in closed form',
    'qqqqqq collapse',
  ]),
];

interface Corpus {
  search: SearchData;
  pair: ScoredPair;
  entries: TermShardPayload;
}
const corpora = new Map<string, Corpus>();

beforeAll(async () => {
  const real = (await compileSite('content')).search;
  const { manifest, shards } = real;
  const read = (kind: 'documents' | 'vocabulary', shard: number): unknown =>
    JSON.parse(shards.get(searchShardUrl(kind, manifest.build, shard))!);
  const stored = manifest.documentShards.flatMap((_, shard) => read('documents', shard) as StoredSearchFields[]);
  const names = read('vocabulary', 0) as string[];
  const recombined = generateSearchCorpus(stored, names, 1500);
  const fewWords = generateSearchCorpus(stored.slice(0, 5), names.slice(0, 12), 1500, 7);
  for (const [label, search] of [
    ['real content', real],
    ['recombined', indexDocuments(recombined, manifest.synonyms, names, {})],
    ['small vocabulary', indexDocuments(fewWords, manifest.synonyms, names, {})],
  ] as const) {
    const entries = search.manifest.termShards.flatMap(
      (_, shard) =>
        JSON.parse(search.shards.get(searchShardUrl('terms', search.manifest.build, shard))!) as TermShardPayload,
    );
    corpora.set(label, {
      search,
      entries,
      pair: scoredPair(search.manifest.ranking, entries, search.manifest.synonyms),
    });
  }
}, 180_000);

/** The query as the engine builds it once every term is loaded. */
const parse = ({ search, pair, entries }: Corpus, input: string) => {
  const withPrefix = (prefix: string) => entries.filter(([term]) => term.startsWith(prefix));
  return buildQuery(input, {
    matcher: createSynonymMatcher(search.manifest.synonyms),
    isKnownTerm: (term) => pair.postings.terms.has(term),
    expandShortPrefix: createShortPrefixExpander(withPrefix),
  });
};

const withoutStored = ({ id, score, terms, queryTerms, match }: SearchResult) => ({
  id: id as number,
  score,
  terms,
  queryTerms,
  match,
});

describe.each(['real content', 'recombined', 'small vocabulary'])('the scorer on %s', (label) => {
  it('finds what MiniSearch finds ("every part, else any part"), with the same scores, order and matches', () => {
    const corpus = corpora.get(label)!;
    const { miniSearch, scorer } = corpus.pair;
    let tied = 0;
    for (const input of queries) {
      const query = parse(corpus, input);
      if (!query) continue;
      const options = miniSearchOptions(query);
      const all = miniSearch.search(query.all, options);
      const expected = all.length > 0 ? all : miniSearch.search(query.any, options);
      const matches = searchAllThenAny(scorer, query, scoringOptions(query));
      const best = matches.best(matches.total);
      expect(matches.total, input).toBe(expected.length);
      expect(
        best.map(({ id, score }) => [id, score]),
        input,
      ).toEqual(expected.map(({ id, score }) => [id as number, score]));
      expect(
        best.slice(0, 50).map((match) => matches.result(match)),
        input,
      ).toEqual(expected.slice(0, 50).map(withoutStored));
      expect(matches.best(8), input).toEqual(best.slice(0, 8));
      tied += expected.filter((result, rank) => rank > 0 && expected[rank - 1]!.score === result.score).length;
    }
    // Equal scores are where the order could go wrong: the corpora must have some.
    if (label !== 'real content') expect(tied).toBeGreaterThan(100);
  });
});

describe('the scorer on query trees', () => {
  // Sections 0 and 1 mirror each other, so they tie; only the order MiniSearch's maps keep ranks them.
  const sections = [
    { heading: 'beta', body: 'alpha gamma' },
    { heading: 'alpha', body: 'beta gamma' },
    { heading: 'gamma', body: 'alphabet betas' },
    { heading: '', body: 'alpah delta' },
  ].map(({ heading, body }, id) => ({ ...textSection(id, body), heading: heading || '', title: 'Same title' }));
  const built = new MiniSearch<SearchDocument>(createIndexOptions([]));
  built.addAll(sections);
  const json = built.toJSON();
  const { miniSearch, scorer } = scoredPair(rankingOf(json), json.index, []);
  const options = { boost: fieldBoosts };

  it.each<[string, Query]>([
    ['both, ties in the second part’s order', { combineWith: 'AND', queries: ['alpha', 'beta'] }],
    ['both, the other way round', { combineWith: 'AND', queries: ['beta', 'alpha'] }],
    ['either', { combineWith: 'OR', queries: ['beta', 'alpha', 'delta'] }],
    ['but not', { combineWith: 'AND_NOT', queries: ['gamma', 'delta'] }],
    ['inherited options', { prefix: true, combineWith: 'OR', queries: ['alph', { fuzzy: 1, queries: ['betta'] }] }],
    [
      'term boosts and option functions',
      { prefix: (term) => term.length > 3, boostTerm: () => 0.4, queries: ['alph', 'bet'] },
    ],
    ['nested', { combineWith: 'OR', queries: [{ combineWith: 'AND', queries: ['gamma', 'alpha'] }, 'beta'] }],
    ['an empty term', { combineWith: 'OR', queries: ['', 'alpha'] }],
  ])('%s', (_, query) => {
    const expected = miniSearch.search(query, { ...options, maxFuzzy: 2 });
    const matches = rankMatches(scorer.score(query, options), undefined, (id) => scorer.describe(query, options, id)!);
    expect(matches.best(matches.total).map((match) => matches.result(match))).toEqual(expected.map(withoutStored));
  });
});
