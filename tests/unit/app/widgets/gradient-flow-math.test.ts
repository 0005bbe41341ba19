import { describe, expect, it } from 'vitest';
import {
  linearRnnNorms,
  lstmCellNorms,
  orthogonalMatrix,
  sigmoid,
  spectralNorm,
  tanhRnnNorms,
} from '../../../../src/app/widgets/vanishing-gradients/gradient-flow-math';

describe('gradient norms through time', () => {
  it('a linear RNN scales the gradient by ρ per step: ρ^t', () => {
    expect(linearRnnNorms(0.5, 3)).toEqual([0.5, 0.25, 0.125]);
    expect(linearRnnNorms(1.1, 10).at(-1)).toBeCloseTo(1.1 ** 10, 12);
  });

  it("the LSTM's cell path scales it by σ(b_f) per step", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(lstmCellNorms(0, 2)).toEqual([0.5, 0.25]);
    expect(lstmCellNorms(3, 50).at(-1)).toBeCloseTo(sigmoid(3) ** 50, 12);
  });

  it('builds W from an orthogonal matrix, so all its singular values are ρ', () => {
    const q = orthogonalMatrix(5, 3);
    expect(spectralNorm(q)).toBeCloseTo(1, 6);
    expect(spectralNorm(q.map((row) => row.map((value) => 0.7 * value)))).toBeCloseTo(0.7, 6);
  });

  it('a tanh RNN never does better than ρ^t, since tanh′ ≤ 1', () => {
    const tanh = tanhRnnNorms(1.2, 30);
    const linear = linearRnnNorms(1.2, 30);
    tanh.forEach((norm, index) => {
      expect(norm).toBeLessThanOrEqual(linear[index]! * (1 + 1e-9));
    });
    expect(tanhRnnNorms(0.9, 50).at(-1)).toBeLessThan(0.9 ** 50);
  });
});
