import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../../src/app/search/build-query';
import { searchAllThenAny } from '../../../../src/app/search/search-all-then-any';
import { createIndexOptions } from '../../../../src/shared/search/index-options';
import type { SearchDocument } from '../../../../src/shared/search/search-data';
import { createSynonymMatcher } from '../../../../src/shared/search/synonyms';
import { miniSearchOptions, rankingOf, scoredPair, scoringOptions } from '../../../helpers/scored-search';
import { textSection } from '../../../helpers/search-files';

const synonyms = [['KL divergence', 'KL', 'Kullback–Leibler divergence']];
const texts = [
  'The KL divergence of the posterior from the prior.',
  'Kullback alone, then a divergence much later: not the name.',
  'Posterior collapse: the decoder ignores the latent code.',
  'Mode collapse in GANs, and the posterior of a VAE.',
  'A non-linear activation; non linear maps; nonlinear units.',
  'Attention heads and attention masks.',
];
const built = new MiniSearch<SearchDocument>(createIndexOptions(synonyms));
built.addAll(texts.map((text, id) => textSection(id, text)));
const json = built.toJSON();
const { miniSearch: index, scorer } = scoredPair(rankingOf(json), json.index, synonyms);
const matcher = createSynonymMatcher(synonyms);

/** What the engine did before: the query requiring every part, and when it finds nothing, the one requiring any. */
const allThenAny = (input: string) => {
  const query = buildQuery(input, { matcher, isKnownTerm: (term) => index.has(term) })!;
  const all = index.search(query.all, miniSearchOptions(query));
  return all.length > 0 ? all : index.search(query.any, miniSearchOptions(query));
};
const search = (input: string, context = { matcher, isKnownTerm: (term: string) => index.has(term) }) => {
  const query = buildQuery(input, context)!;
  const matches = searchAllThenAny(scorer, query, scoringOptions(query));
  return matches.best(matches.total);
};
const summary = (results: { id: unknown; score: number }[]) => results.map(({ id, score }) => [id, score]);

describe('searchAllThenAny', () => {
  it.each([
    'posterior collapse',
    'posterior colapse ',
    'Kullback-Leibler divergence posterior',
    'KL posterior',
    'non-linear activation',
    'collapse qqqqqq',
    'attention attention heads',
    'attention',
  ])('finds what "every part, else any part" finds, with the same scores: %s', (input) => {
    expect(summary(search(input))).toEqual(summary(allThenAny(input)));
  });

  it('keeps only the sections with every part when there are some', () => {
    const query = buildQuery('posterior collapse', { matcher })!;
    expect(index.search(query.any, miniSearchOptions(query)).length).toBeGreaterThan(2);
    expect(
      search('posterior collapse', { matcher, isKnownTerm: () => false })
        .map((result) => result.id)
        .sort(),
    ).toEqual([2, 3]);
  });

  it('counts a name typed in words as matched only where all its words are', () => {
    // Section 1 has "kullback" and "divergence" but not the name; section 3 has "posterior" only.
    const found = search('Kullback-Leibler divergence posterior', { matcher, isKnownTerm: () => false });
    expect(found.map((result) => result.id)).toEqual([0]);
  });
});
