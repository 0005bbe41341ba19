import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../../src/app/search/build-query';
import { searchAllThenAny } from '../../../../src/app/search/search-all-then-any';
import { createIndexOptions } from '../../../../src/shared/search/index-options';
import type { SearchDocument } from '../../../../src/shared/search/search-data';
import { createSynonymMatcher } from '../../../../src/shared/search/synonyms';
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
const index = new MiniSearch<SearchDocument>(createIndexOptions(synonyms));
index.addAll(texts.map((text, id) => textSection(id, text)));
const matcher = createSynonymMatcher(synonyms);
const options = { tokenize: (term: string) => [term], processTerm: (term: string) => term, maxFuzzy: 2 };

/** What the engine did before: the query requiring every part, and when it finds nothing, the one requiring any. */
const allThenAny = (input: string) => {
  const query = buildQuery(input, { matcher, isKnownTerm: (term) => index.has(term) })!;
  const all = index.search(query.all, options);
  return all.length > 0 ? all : index.search(query.any, options);
};
const summary = (results: { id: unknown; score: number }[]) => results.map(({ id, score }) => [id, score.toFixed(9)]);

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
    const query = buildQuery(input, { matcher, isKnownTerm: (term) => index.has(term) })!;
    expect(summary(searchAllThenAny(index, query, options))).toEqual(summary(allThenAny(input)));
  });

  it('keeps only the sections with every part when there are some', () => {
    const query = buildQuery('posterior collapse', { matcher })!;
    expect(index.search(query.any, options).length).toBeGreaterThan(2);
    const ids = searchAllThenAny(index, query, options).map((result) => result.id as number);
    expect(ids.sort()).toEqual([2, 3]);
  });

  it('counts a name typed in words as matched only where all its words are', () => {
    // Section 1 has "kullback" and "divergence" but not the name; section 3 has "posterior" only.
    const query = buildQuery('Kullback-Leibler divergence posterior', { matcher })!;
    expect(searchAllThenAny(index, query, options).map((result) => result.id as number)).toEqual([0]);
  });
});
