import { describe, expect, it } from 'vitest';
import {
  pathwiseGradient,
  reparametrize,
  runEstimators,
  scoreFunctionGradientSigma,
  trueGradientSigma,
} from '../../../../src/app/widgets/reparametrization/reparametrization-math';

describe('the reparametrization trick on f(z) = z²', () => {
  it('samples z = μ + σ·ε', () => {
    expect(reparametrize(1, 0.8, 0.5)).toBeCloseTo(1.4, 12);
  });

  it('differentiates through the sample: ∂f/∂μ = 2z, ∂f/∂σ = 2zε', () => {
    const gradient = pathwiseGradient(1, 0.8, 0.5);
    expect(gradient.mu).toBeCloseTo(2.8, 12);
    expect(gradient.sigma).toBeCloseTo(1.4, 12);
  });

  it('gives the score-function estimate f(z)(ε² − 1)/σ', () => {
    expect(scoreFunctionGradientSigma(0, 1, 2)).toBeCloseTo(4 * 3, 12);
  });

  it('both estimators average to the true gradient 2σ, the pathwise one with far less spread', () => {
    const run = runEstimators(1, 0.8, 20000);
    expect(trueGradientSigma(0.8)).toBe(1.6);
    expect(run.pathwise.at(-1)).toBeCloseTo(1.6, 1);
    expect(run.scoreFunction.at(-1)).toBeCloseTo(1.6, 0);
    expect(run.scoreFunctionSpread).toBeGreaterThan(2 * run.pathwiseSpread);
  });

  it('draws the same noise for the same seed', () => {
    expect(runEstimators(0, 1, 5, 3)).toEqual(runEstimators(0, 1, 5, 3));
  });
});
