import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { boundedDistances, orderKeys } from '../../../../src/app/search/phrase-distances';

describe('boundedDistances', () => {
  // Names that share beginnings (the rows it reuses), duplicates, prefixes of each other, and empty-ish ones.
  const keys = [
    'what is generated question 995',
    'what is generated question 99',
    'what is generated question 1',
    'what is generated question 995',
    'what is a vae',
    'what',
    'kl divergence',
    'kl',
    'attention mask',
    'attention',
    'z',
  ];
  const order = orderKeys(keys);

  it.each(['what is generated question 9', 'atention maks', 'kl', 'qqq', 'what is'])(
    'gives the edit distance from "%s" where it is within the limit, else Infinity',
    (query) => {
      for (const limit of [-1, 0, 1, 3, 8, 40]) {
        const limits = Int32Array.from(keys, () => limit);
        const expected = keys.map((key) =>
          limit >= 0 && distance(query, key) <= limit ? distance(query, key) : Infinity,
        );
        expect([...boundedDistances(query, keys, order, limits)], `limit ${limit}`).toEqual(expected);
      }
    },
  );

  it('takes a limit per name', () => {
    const limits = Int32Array.from(keys, (_, index) => index % 4);
    const expected = keys.map((key, index) =>
      distance('what is', key) <= index % 4 ? distance('what is', key) : Infinity,
    );
    expect([...boundedDistances('what is', keys, order, limits)]).toEqual(expected);
  });
});
