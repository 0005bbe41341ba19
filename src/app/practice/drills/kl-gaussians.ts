import { formatFixed } from '../../widgets/math/format';
import { createRandom, pick } from '../../widgets/math/seeded-random';
import { klDivergence, klTerms } from '../../widgets/kl-gaussians/kl-math';
import type { Drill } from '../drill-types';

const means = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];
const deviations = [0.5, 1, 1.5, 2, 3];

/** KL divergence between two given Gaussians, in closed form. */
export const klGaussiansDrill: Drill = {
  kind: 'kl-gaussians',
  title: 'KL divergence of two Gaussians',
  description: 'Compute D_KL(p‖q) between two 1-D Gaussians with the closed form.',
  generate(seed) {
    const random = createRandom(seed);
    const p = { mu: pick(random, means), sigma: pick(random, deviations) };
    const q = { mu: pick(random, means), sigma: pick(random, deviations) };
    const kl = klDivergence(p, q);
    const terms = klTerms(p, q);
    const f = (value: number) => formatFixed(value, 4);
    return {
      prompt:
        `p = N(${p.mu}, ${p.sigma}²) and q = N(${q.mu}, ${q.sigma}²). ` +
        'Compute D_KL(p‖q) in nats, to 2 decimal places.',
      answer: { kind: 'number', value: kl, decimals: 2 },
      solution: [
        'D_KL(p‖q) = ln(σ_q / σ_p) + (σ_p² + (μ_p − μ_q)²) / (2σ_q²) − 1/2.',
        `ln(σ_q / σ_p) = ln(${q.sigma} / ${p.sigma}) = ${f(terms.logRatio)}.`,
        `(σ_p² + (μ_p − μ_q)²) / (2σ_q²) = (${p.sigma ** 2} + ${(p.mu - q.mu) ** 2}) / ${2 * q.sigma ** 2} = ${f(terms.spread)}.`,
        `Sum: ${f(terms.logRatio)} + ${f(terms.spread)} − 0.5 = ${f(kl)} ≈ ${formatFixed(kl, 2)} nats.`,
      ],
    };
  },
};
