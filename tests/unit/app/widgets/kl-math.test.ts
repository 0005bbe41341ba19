import { describe, expect, it } from 'vitest';
import { gaussianDensity, klDivergence, klTerms } from '../../../../src/app/widgets/kl-gaussians/kl-math';

const standard = { mu: 0, sigma: 1 };

describe('KL divergence of Gaussians', () => {
  it('is 0 between identical Gaussians', () => {
    expect(klDivergence(standard, standard)).toBe(0);
    expect(klDivergence({ mu: 2, sigma: 0.5 }, { mu: 2, sigma: 0.5 })).toBeCloseTo(0, 12);
  });

  it('KL(N(1, 1) ‖ N(0, 1)) = 0.5: half the squared distance of the means when σ = 1', () => {
    expect(klDivergence({ mu: 1, sigma: 1 }, standard)).toBeCloseTo(0.5, 12);
    expect(klDivergence(standard, { mu: 1, sigma: 1 })).toBeCloseTo(0.5, 12);
  });

  it('is not symmetric when the spreads differ', () => {
    const wide = { mu: 0, sigma: 2 };
    expect(klDivergence(standard, wide)).toBeCloseTo(Math.log(2) + 1 / 8 - 0.5, 12);
    expect(klDivergence(wide, standard)).toBeCloseTo(-Math.log(2) + 2 - 0.5, 12);
  });

  it('splits into the terms of the closed form', () => {
    const terms = klTerms({ mu: 0, sigma: 1 }, { mu: 1, sigma: 2 });
    expect(terms.logRatio).toBeCloseTo(Math.log(2), 12);
    expect(terms.spread).toBeCloseTo(2 / 8, 12);
    expect(terms.logRatio + terms.spread + terms.constant).toBeCloseTo(
      klDivergence({ mu: 0, sigma: 1 }, { mu: 1, sigma: 2 }),
      12,
    );
  });

  it('has the standard normal density 1/√(2π) at its mean', () => {
    expect(gaussianDensity(0, standard)).toBeCloseTo(0.398942, 6);
  });
});
