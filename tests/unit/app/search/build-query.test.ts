import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../../src/app/search/build-query';
import { createSynonymMatcher, synonymMarker } from '../../../../src/shared/search/synonyms';

const matcher = createSynonymMatcher([['KL divergence', 'KL', 'Kullback–Leibler divergence']]);
const known = new Set(['attention', 'mask']);
const context = {
  matcher,
  isKnownTerm: (term: string) => known.has(term),
  expandShortPrefix: (prefix: string) => (prefix === 'co' ? ['convolution', 'code'] : []),
};

describe('buildQuery', () => {
  it('requires every word, the last one as a prefix, and tolerates typos in unknown words', () => {
    expect(buildQuery('atention mas', context)?.all).toEqual({
      combineWith: 'AND',
      queries: [
        { queries: ['atention'], prefix: true, fuzzy: 0.2 },
        { queries: ['mas'], prefix: true, fuzzy: false },
      ],
    });
  });

  it('does not treat a known word as a typo', () => {
    expect(buildQuery('attention ', context)?.all).toEqual({
      combineWith: 'AND',
      queries: [{ queries: ['attention'], prefix: true, fuzzy: false }],
    });
  });

  it('matches a synonym group by its marker or by the words typed', () => {
    const query = buildQuery('Kullback-Leibler divergence', context)?.all;
    expect(JSON.stringify(query)).toContain(`"${synonymMarker(0)}"`);
    expect(JSON.stringify(query)).toContain('"kullback"');
  });

  it('lets a two-letter word being typed stand for its most common completions', () => {
    const anyFunction: unknown = expect.any(Function);
    expect(buildQuery('co', context)?.all).toEqual({
      combineWith: 'AND',
      queries: [
        {
          combineWith: 'OR',
          queries: [
            { queries: ['co'], prefix: false, fuzzy: false },
            { queries: ['convolution'], prefix: false, fuzzy: false, boostTerm: anyFunction },
            { queries: ['code'], prefix: false, fuzzy: false, boostTerm: anyFunction },
          ],
        },
      ],
    });
  });

  it('has nothing to search for in punctuation, emoji or stop words alone', () => {
    for (const input of ['', '   ', '!!!', '(.*+?[', '🙂', 'what is the'])
      expect(buildQuery(input, context)).toBeUndefined();
  });

  it('bounds the work: long input is cut, and at most ten words are searched', () => {
    const query = buildQuery('word '.repeat(1000) + 'attention', context);
    expect((query?.any as { queries: unknown[] }).queries).toHaveLength(10);
    expect(buildQuery('x'.repeat(5000), context)).toBeUndefined();
  });
});
