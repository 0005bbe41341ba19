import { createNormal, createRandom } from '../math/seeded-random';

/**
 * Scaled dot-product attention on toy vectors. Keys have independent unit-variance entries, so an
 * unrelated query–key dot product has variance d_k; each head's query also leans towards one key
 * (its "pattern") by a fixed amount on the scaled scale. Pure functions, no React.
 */

/** What each toy head looks for. */
export const headPatterns = ['previous token', 'same token', 'first token', 'next token'] as const;

/** softmax(x)_j = exp(x_j) / Σ_k exp(x_k), computed stably. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Entropy in bits: log₂(n) for a uniform distribution over n keys, 0 for one-hot. */
export function entropyBits(weights: readonly number[]): number {
  return Math.max(0, -weights.reduce((sum, weight) => (weight > 0 ? sum + weight * Math.log2(weight) : sum), 0));
}

/** The key a head's pattern points at, for a query at `query` among `length` tokens (0-based). */
export function patternTarget(head: number, query: number, length: number): number {
  switch (head % headPatterns.length) {
    case 0:
      return Math.max(0, query - 1);
    case 1:
      return query;
    case 2:
      return 0;
    default:
      return Math.min(length - 1, query + 1);
  }
}

/** How far a query leans towards its target key: the expected scaled score of the target. */
const leaning = 2;

function gaussianVector(seed: number, size: number): number[] {
  const normal = createNormal(createRandom(seed));
  return Array.from({ length: size }, normal);
}

/**
 * The raw scores q·k_j of one head's query against every key, and the weights after softmax,
 * with the scores divided by √d_k when `scaled`.
 */
export function attentionScores(
  head: number,
  query: number,
  length: number,
  dk: number,
  scaled: boolean,
): { scores: number[]; weights: number[] } {
  const keys = Array.from({ length }, (_, token) => gaussianVector(1000 * (head + 1) + token, dk));
  const target = keys[patternTarget(head, query, length)]!;
  const noise = gaussianVector(7919 * (head + 1) + query, dk);
  const alpha = Math.min(1, leaning / Math.sqrt(dk));
  const q = noise.map((value, index) => alpha * target[index]! + Math.sqrt(1 - alpha * alpha) * value);
  const raw = keys.map((key) => key.reduce((sum, value, index) => sum + value * q[index]!, 0));
  const scores = scaled ? raw.map((score) => score / Math.sqrt(dk)) : raw;
  return { scores, weights: softmax(scores) };
}

/** The tokens of a sentence: its words, split on spaces. */
export function tokenize(sentence: string): string[] {
  return sentence.split(/\s+/).filter(Boolean);
}
