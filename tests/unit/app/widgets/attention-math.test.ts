import { describe, expect, it } from 'vitest';
import {
  attentionScores,
  entropyBits,
  patternTarget,
  softmax,
  tokenize,
} from '../../../../src/app/widgets/attention/attention-math';

describe('scaled dot-product attention', () => {
  it('softmax is uniform on equal scores and sums to 1', () => {
    expect(softmax([2, 2, 2, 2])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(softmax([1, 2, 3]).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
    const [low, high] = softmax([0, Math.log(3)]);
    expect(low).toBeCloseTo(0.25, 12);
    expect(high).toBeCloseTo(0.75, 12);
  });

  it('softmax stays finite for huge scores', () => {
    expect(softmax([1000, 0])).toEqual([1, 0]);
  });

  it('measures spread as entropy: 2 bits for uniform over 4 keys, 0 for one-hot', () => {
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).toBe(2);
    expect(entropyBits([1, 0, 0])).toBe(0);
  });

  it('points each toy head at its pattern', () => {
    expect([0, 1, 2, 3].map((head) => patternTarget(head, 2, 6))).toEqual([1, 2, 0, 3]);
    expect(patternTarget(0, 0, 6)).toBe(0);
    expect(patternTarget(3, 5, 6)).toBe(5);
  });

  it('scaling by 1/√d_k divides the scores and flattens the weights', () => {
    const scaled = attentionScores(0, 2, 6, 256, true);
    const unscaled = attentionScores(0, 2, 6, 256, false);
    scaled.scores.forEach((score, index) => {
      expect(score * 16).toBeCloseTo(unscaled.scores[index]!, 10);
    });
    expect(entropyBits(scaled.weights)).toBeGreaterThan(entropyBits(unscaled.weights));
    expect(Math.max(...unscaled.weights)).toBeGreaterThan(0.95);
  });

  it('splits a sentence into word tokens', () => {
    expect(tokenize(' the cat  sat ')).toEqual(['the', 'cat', 'sat']);
  });
});
