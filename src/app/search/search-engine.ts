import {
  searchIndexVersion,
  searchShardUrl,
  type SearchFormulasPayload,
  type SearchManifest,
} from '../../shared/search/search-data';
import { createSynonymMatcher } from '../../shared/search/synonyms';
import { buildQuery, type ParsedQuery } from './build-query';
import { closestNames, prepareVocabulary, type Vocabulary } from './closest-names';
import { createShortPrefixExpander } from './expand-short-prefix';
import { scoringOptionsFor } from './query-terms';
import type { SearchMatches } from './rank-matches';
import { createQueryScorer } from './score-query';
import { searchAllThenAny } from './search-all-then-any';
import { pagesOfDocuments, shownMatches, toHit, type SearchHit } from './search-hits';
import { createShardCache, type FetchJson } from './shard-cache';
import { createStoredShards } from './stored-shards';
import { createTermShards } from './term-shards';
import { termsNeeded, type TermsNeeded } from './terms-needed';

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many sections matched in all (`hits` may be fewer). */
  total: number;
  /** When nothing matched: names close to what was typed that do find something, for "did you mean". */
  suggestions: string[];
}

export interface SearchEngine {
  /**
   * The best `limit` results for what the user typed, once the shards they need are loaded.
   * Rejects only when a shard cannot be fetched; never for any input.
   */
  search(input: string, limit: number): Promise<SearchOutcome>;
  /** Names close to `input` that do find something (an outcome that finds nothing has them already). */
  suggest(input: string): Promise<string[]>;
  /** The KaTeX renderings of formulas that hits show, by TeX source. */
  formulas(texs: readonly string[]): Promise<SearchFormulasPayload>;
}

/** How many "did you mean" names an outcome offers. */
const suggestionCount = 3;

/**
 * Wraps the manifest the build emitted in the site's query rules. Each query first loads the
 * term shards its words need, then the document shards of the hits it shows; everything loaded
 * is kept, so later queries mostly reuse it.
 */
export function createSearchEngine(manifest: SearchManifest, fetchJson: FetchJson): SearchEngine {
  if (manifest.version !== searchIndexVersion) throw new Error('the search index is out of date: reload the page');
  const matcher = createSynonymMatcher(manifest.synonyms);
  const fetchVocabulary = createShardCache<string[]>(fetchJson);
  const pageOf = pagesOfDocuments(manifest.pageSizes);
  const terms = createTermShards(manifest, fetchJson);
  const stored = createStoredShards(manifest, fetchJson);
  const context = { matcher, isKnownTerm: terms.has, expandShortPrefix: createShortPrefixExpander(terms.withPrefix) };
  // Queries arrive as ready terms (see buildQuery), scored as MiniSearch would score them with
  // options { boost: fieldBoosts, maxFuzzy: 2 } (see score-query.ts).
  const scorer = createQueryScorer(terms.index, 2);

  /** Builds the query and loads the shards it needs. */
  const prepare = async (input: string): Promise<{ query: ParsedQuery; needed: TermsNeeded } | undefined> => {
    // First the words as typed: that tells which of them the index knows; then, for those it does
    // not, the wider range typo tolerance may reach.
    const shortWords: string[] = [];
    const asTyped = buildQuery(input, {
      matcher,
      isKnownTerm: () => true,
      // A very short word being typed stands for its commonest completions: all start with it.
      expandShortPrefix: (prefix) => {
        shortWords.push(prefix);
        return [];
      },
    });
    if (!asTyped) return undefined;
    const typed = termsNeeded(asTyped.all);
    await terms.load({ ...typed, prefixes: [...typed.prefixes, ...shortWords] });
    const query = buildQuery(input, context)!;
    const needed = termsNeeded(query.all);
    await terms.load(needed);
    return { query, needed };
  };

  const run = async (input: string): Promise<SearchMatches | undefined> => {
    const prepared = await prepare(input);
    if (!prepared) return undefined;
    return searchAllThenAny(scorer, prepared.query, scoringOptionsFor(prepared.needed));
  };

  let vocabulary: Vocabulary | undefined;
  // Whether a name finds something never changes: while a reader types, the same names come back.
  const findsSomething = new Map<string, boolean>();
  const suggest = async (input: string): Promise<string[]> => {
    // Fetched the first time a query finds nothing: most visits never need it.
    vocabulary ??= prepareVocabulary(await fetchVocabulary(searchShardUrl('vocabulary', manifest.build, 0)));
    const names = closestNames(input, vocabulary, suggestionCount * 2);
    await Promise.all(names.map((name) => prepare(name))); // their shards, fetched at once
    const found: string[] = [];
    for (const name of names) {
      if (found.length === suggestionCount) break;
      if (!findsSomething.has(name)) findsSomething.set(name, ((await run(name))?.total ?? 0) > 0);
      if (findsSomething.get(name)) found.push(name);
    }
    return found;
  };

  return {
    async search(input, limit) {
      const matches = await run(input);
      if (!matches?.total) return { hits: [], total: 0, suggestions: await suggest(input) };
      const shown = shownMatches(matches, pageOf, limit).map((match) => matches.result(match));
      const documents = await stored.documents(shown.map((result) => result.id as number));
      const hits = shown.map((result) => toHit(result, documents.get(result.id as number)!, matcher));
      return { hits, total: matches.total, suggestions: [] };
    },
    suggest,
    formulas: (texs) => stored.formulas(texs),
  };
}
