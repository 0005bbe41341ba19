/** KL divergence between 1-D Gaussians. Pure functions, no React. */
export interface Gaussian {
  mu: number;
  sigma: number;
}

/**
 * D_KL(p‖q) in nats for p = N(μ_p, σ_p²), q = N(μ_q, σ_q²), in closed form:
 * ln(σ_q/σ_p) + (σ_p² + (μ_p − μ_q)²) / (2σ_q²) − 1/2.
 */
export function klDivergence(p: Gaussian, q: Gaussian): number {
  return Math.log(q.sigma / p.sigma) + (p.sigma ** 2 + (p.mu - q.mu) ** 2) / (2 * q.sigma ** 2) - 0.5;
}

/** The three terms of the closed form, for showing the sum with its numbers. */
export function klTerms(p: Gaussian, q: Gaussian): { logRatio: number; spread: number; constant: number } {
  return {
    logRatio: Math.log(q.sigma / p.sigma),
    spread: (p.sigma ** 2 + (p.mu - q.mu) ** 2) / (2 * q.sigma ** 2),
    constant: -0.5,
  };
}

/** The density of N(μ, σ²) at x. */
export function gaussianDensity(x: number, { mu, sigma }: Gaussian): number {
  return Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
}
