import { describe, expect, it } from 'vitest';
import {
  pool,
  pooledSize,
  relu,
  selectedCells,
  toSquareMap,
  zeroShare,
} from '../../../../src/app/widgets/pooling/pooling-math';

const map = toSquareMap([0, 3, 0, 1, 2, 0, 0, 0, 0, 0, 5, 2, 1, 0, 0, 4]);

describe('pooling', () => {
  it('reads a list row by row into a square map', () => {
    expect(map[1]).toEqual([2, 0, 0, 0]);
  });

  it('max, average and min pool 2 × 2 windows with stride 2', () => {
    expect(pool(map, 'max', 2, 2)).toEqual([
      [3, 1],
      [1, 5],
    ]);
    expect(pool(map, 'average', 2, 2)).toEqual([
      [1.25, 0.25],
      [0.25, 2.75],
    ]);
    expect(pool(map, 'min', 2, 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('min pooling after ReLU throws the signal away: every window holds a zero', () => {
    expect(
      zeroShare(
        relu([
          [-1, 2],
          [3, -4],
        ]),
      ),
    ).toBe(0.5);
    expect(zeroShare(pool(map, 'min', 2, 2))).toBe(1);
    expect(zeroShare(pool(map, 'max', 2, 2))).toBe(0);
  });

  it('global pooling reduces the whole map to one value', () => {
    expect(pool(map, 'global-max', 2, 2)).toEqual([[5]]);
    expect(pool(map, 'global-average', 2, 2)).toEqual([[18 / 16]]);
  });

  it('overlapping windows: 3 × 3 with stride 1 on 4 × 4 gives 2 × 2', () => {
    expect(pooledSize(4, 3, 1)).toBe(2);
    expect(pool(map, 'max', 3, 1)).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  it('finds the cell each max-pooled output copies', () => {
    expect(selectedCells(map, 'max', 2, 2)).toEqual([
      [0, 1],
      [0, 3],
      [3, 0],
      [2, 2],
    ]);
  });
});
