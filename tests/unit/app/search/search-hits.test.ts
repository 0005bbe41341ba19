import { describe, expect, it } from 'vitest';
import type { RankedMatch, SearchMatches } from '../../../../src/app/search/rank-matches';
import { firstSpreadOverPages, pagesOfDocuments, shownMatches } from '../../../../src/app/search/search-hits';

/** Matches ranked by id: a fake of the scorer's ranking that counts how many it ranked. */
const matchesOf = (count: number): SearchMatches & { ranked: number[] } => {
  const all: RankedMatch[] = Array.from({ length: count }, (_, id) => ({ id, score: count - id }));
  const ranked: number[] = [];
  return {
    total: count,
    ranked,
    best: (wanted) => {
      ranked.push(wanted);
      return all.slice(0, wanted);
    },
    result: () => {
      throw new Error('not needed');
    },
  };
};

describe('shownMatches', () => {
  it('ranks more matches when the best ones crowd onto a few pages', () => {
    // Page 0 has the 20 best sections: only 3 of them come before other pages' results.
    const pageOf = pagesOfDocuments([20, 4, 4, 4, 4]);
    const matches = matchesOf(36);
    const shown = shownMatches(matches, pageOf, 8);
    expect(shown.map((match) => match.id)).toEqual([0, 1, 2, 20, 21, 22, 24, 25]);
    expect(shown).toEqual(firstSpreadOverPages(matches.best(36), pageOf, 8).shown);
    expect(matches.ranked[0]).toBe(8);
  });

  it('ranks only as many as it shows when the best are on different pages', () => {
    const matches = matchesOf(100);
    expect(shownMatches(matches, pagesOfDocuments(Array(100).fill(1)), 8).map((match) => match.id)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(matches.ranked).toEqual([8]);
  });

  it('shows every match when there are fewer than the limit', () => {
    expect(shownMatches(matchesOf(5), pagesOfDocuments([5]), 8).map((match) => match.id)).toEqual([0, 1, 2, 3, 4]);
  });
});
