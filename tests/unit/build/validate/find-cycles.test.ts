import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../../src/build/validate/find-cycles';

describe('findCycles', () => {
  it('finds no cycle in a DAG, even with shared prerequisites', () => {
    const edges = new Map([
      ['c', ['a', 'b']],
      ['b', ['a']],
      ['a', []],
    ]);
    expect(findCycles(edges)).toEqual([]);
  });

  it('returns each cycle once, as the path through it', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('ignores edges to unknown nodes (reported elsewhere)', () => {
    expect(findCycles(new Map([['a', ['missing']]]))).toEqual([]);
  });
});
