import { createNormal, createRandom } from '../math/seeded-random';

/**
 * The reparametrization trick on a toy objective, E_{z∼N(μ,σ²)}[f(z)] with f(z) = z²,
 * whose exact gradient is known: E[z²] = μ² + σ², so ∂/∂μ = 2μ and ∂/∂σ = 2σ.
 * Pure functions, no React.
 */

/** z = μ + σ·ε: the sample as a differentiable function of μ and σ. */
export function reparametrize(mu: number, sigma: number, epsilon: number): number {
  return mu + sigma * epsilon;
}

/** The toy loss f(z) = z². */
export function toyLoss(z: number): number {
  return z * z;
}

/** The pathwise gradients of f(μ + σε) for one ε: ∂f/∂μ = 2z and ∂f/∂σ = 2z·ε. */
export function pathwiseGradient(mu: number, sigma: number, epsilon: number): { mu: number; sigma: number } {
  const z = reparametrize(mu, sigma, epsilon);
  return { mu: 2 * z, sigma: 2 * z * epsilon };
}

/**
 * The score-function (REINFORCE) estimate of ∂E[f]/∂σ for one sample: f(z)·∂ log N(z; μ, σ²)/∂σ,
 * with ∂ log N/∂σ = ((z − μ)² − σ²)/σ³ = (ε² − 1)/σ.
 */
export function scoreFunctionGradientSigma(mu: number, sigma: number, epsilon: number): number {
  return toyLoss(reparametrize(mu, sigma, epsilon)) * ((epsilon * epsilon - 1) / sigma);
}

/** The exact gradient of E[z²] with respect to σ. */
export function trueGradientSigma(sigma: number): number {
  return 2 * sigma;
}

export interface EstimatorRun {
  /** Running means after 1, 2, ..., n samples. */
  pathwise: number[];
  scoreFunction: number[];
  /** Standard deviation of one sample's estimate, for each estimator. */
  pathwiseSpread: number;
  scoreFunctionSpread: number;
}

/** Both estimators of ∂E[f]/∂σ averaged over the same `count` noise draws (seeded, so reproducible). */
export function runEstimators(mu: number, sigma: number, count: number, seed = 1): EstimatorRun {
  const normal = createNormal(createRandom(seed));
  const pathwiseSamples: number[] = [];
  const scoreSamples: number[] = [];
  for (let index = 0; index < count; index++) {
    const epsilon = normal();
    pathwiseSamples.push(pathwiseGradient(mu, sigma, epsilon).sigma);
    scoreSamples.push(scoreFunctionGradientSigma(mu, sigma, epsilon));
  }
  return {
    pathwise: runningMeans(pathwiseSamples),
    scoreFunction: runningMeans(scoreSamples),
    pathwiseSpread: standardDeviation(pathwiseSamples),
    scoreFunctionSpread: standardDeviation(scoreSamples),
  };
}

function runningMeans(values: number[]): number[] {
  let sum = 0;
  return values.map((value, index) => (sum += value) / (index + 1));
}

function standardDeviation(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}
