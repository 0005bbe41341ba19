import { describe, expect, it } from 'vitest';
import {
  convOutputSize,
  effectiveKernelSize,
  kernelTaps,
  outputSizeSteps,
  samePadding,
  uncoveredCells,
} from '../../../../src/app/widgets/conv-geometry/conv-geometry-math';

const geometry = (input: number, kernel: number, padding: number, stride: number, dilation = 1) => ({
  input,
  kernel,
  padding,
  stride,
  dilation,
});

describe('convolution geometry', () => {
  it('gives ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1', () => {
    expect(convOutputSize(geometry(7, 3, 0, 2))).toBe(3);
    expect(convOutputSize(geometry(7, 3, 0, 1))).toBe(5);
    expect(convOutputSize(geometry(7, 3, 1, 1))).toBe(7);
    expect(convOutputSize(geometry(32, 5, 2, 2))).toBe(16);
    expect(convOutputSize(geometry(7, 3, 0, 1, 2))).toBe(3);
    expect(convOutputSize(geometry(224, 7, 3, 2))).toBe(112);
  });

  it('has no output when the dilated kernel is wider than the padded input', () => {
    expect(effectiveKernelSize({ kernel: 3, dilation: 3 })).toBe(7);
    expect(convOutputSize(geometry(5, 3, 0, 1, 3))).toBeUndefined();
    expect(convOutputSize(geometry(5, 3, 1, 1, 3))).toBe(1);
  });

  it('"same" padding is d(k − 1)/2, exact only when that is a whole number', () => {
    expect(samePadding({ kernel: 3, dilation: 1 })).toEqual({ padding: 1, exact: true });
    expect(samePadding({ kernel: 5, dilation: 2 })).toEqual({ padding: 4, exact: true });
    expect(samePadding({ kernel: 4, dilation: 1 })).toEqual({ padding: 1, exact: false });
  });

  it('places the taps of output i at i·s + j·d', () => {
    expect(kernelTaps(geometry(7, 3, 0, 2), 2)).toEqual([4, 5, 6]);
    expect(kernelTaps(geometry(9, 3, 0, 1, 2), 1)).toEqual([1, 3, 5]);
  });

  it('counts the cells a stride leaves unread at the end', () => {
    expect(uncoveredCells(geometry(7, 3, 0, 2))).toBe(0);
    expect(uncoveredCells(geometry(8, 3, 0, 2))).toBe(1);
  });

  it('writes the formula with the numbers filled in', () => {
    expect(outputSizeSteps(geometry(7, 3, 0, 2))).toEqual([
      '⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1',
      '⌊(7 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1',
      '⌊4 / 2⌋ + 1',
      '2 + 1 = 3',
    ]);
  });
});
