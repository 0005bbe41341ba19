import { describe, expect, it } from 'vitest';
import {
  accuracy,
  directionDegrees,
  lossAndGradient,
  maxMarginSeparator,
  train,
} from '../../../../src/app/widgets/logistic-training/logistic-math';
import { toyData } from '../../../../src/app/widgets/logistic-training/toy-data';

const twoPoints = [
  { x: 1, y: 0, label: 1 as const },
  { x: -1, y: 0, label: 0 as const },
];

describe('logistic regression training', () => {
  it('starts at loss ln 2 with the gradient of the mean cross-entropy', () => {
    const { loss, gradient } = lossAndGradient({ w: [0, 0], b: 0 }, twoPoints);
    expect(loss).toBeCloseTo(Math.log(2), 12);
    expect(gradient).toEqual([-0.5, 0, 0]);
  });

  it('one gradient-descent step moves against the gradient', () => {
    expect(train(twoPoints, 'gd', 0.1, 1).model).toEqual({ w: [0.05, 0], b: 0 });
  });

  it('on separable data the weight norm keeps growing while the direction turns towards the max margin', () => {
    const margin = directionDegrees(maxMarginSeparator(toyData.separable)!.w);
    for (const optimizer of ['gd', 'momentum', 'adam'] as const) {
      const norms = train(toyData.separable, optimizer, 0.1, 4000).weightNorms;
      expect(norms[4000]).toBeGreaterThan(norms[2000]!);
      expect(norms[2000]).toBeGreaterThan(norms[1000]!);
    }
    const gap = (steps: number) =>
      Math.abs(directionDegrees(train(toyData.separable, 'gd', 0.1, steps).model.w) - margin);
    expect(gap(200)).toBeGreaterThan(20);
    expect(gap(5000)).toBeLessThan(gap(1000));
    expect(gap(1000)).toBeLessThan(gap(200));
    expect(accuracy(train(toyData.separable, 'gd', 0.1, 500).model, toyData.separable)).toBe(1);
  });

  it('on overlapping data the norm levels off: the loss has a finite minimum', () => {
    const norms = train(toyData.overlapping, 'gd', 0.5, 4000).weightNorms;
    expect(norms[4000]! - norms[3000]!).toBeLessThan(0.01);
  });

  it('finds the max-margin direction, with the bias counted in the norm, and none for overlapping data', () => {
    // Inputs (1, 0, 1) and (−1, 0, 1): the widest margin uses w alone, no bias.
    const simple = maxMarginSeparator(twoPoints)!;
    expect(simple.w[0]).toBeCloseTo(1, 6);
    expect(simple.w[1]).toBeCloseTo(0, 6);
    expect(simple.b).toBeCloseTo(0, 6);
    // Signed inputs u₁ = (1, 2, 1) and u₂ = (1, 0, −1) are orthogonal, so v = u₁/‖u₁‖² + u₂/‖u₂‖² = (2/3, 1/3, −1/3).
    const tilted = maxMarginSeparator([
      { x: 1, y: 2, label: 1 },
      { x: -1, y: 0, label: 0 },
    ])!;
    expect(tilted.w[0]).toBeCloseTo(2 / 3, 4);
    expect(tilted.w[1]).toBeCloseTo(1 / 3, 4);
    expect(tilted.b).toBeCloseTo(-1 / 3, 4);
    expect(maxMarginSeparator(toyData.separable)).toBeDefined();
    expect(maxMarginSeparator(toyData.overlapping)).toBeUndefined();
  });
});
