/**
 * Sinusoidal positional encoding (Vaswani et al. 2017): PE(pos, 2i) = sin(pos / 10000^(2i/d)),
 * PE(pos, 2i + 1) = cos(pos / 10000^(2i/d)). Pure functions, no React.
 */

/** The angular frequency of the sine–cosine pair i: 1 / 10000^(2i/d). */
export function frequency(pair: number, dModel: number): number {
  return 1 / 10000 ** ((2 * pair) / dModel);
}

/** The encoding of one position: a vector of `dModel` values in [−1, 1]. */
export function positionalEncoding(position: number, dModel: number): number[] {
  return Array.from({ length: dModel }, (_, dimension) => {
    const angle = position * frequency(Math.floor(dimension / 2), dModel);
    return dimension % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  });
}

export function dotProduct(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, index) => sum + value * b[index]!, 0);
}

/**
 * PE(reference) · PE(p) for every position p below `positions`. It equals Σ_i cos(ω_i (p − reference)):
 * it depends only on the offset, and is largest (d/2) at offset 0.
 */
export function dotProductsWith(reference: number, positions: number, dModel: number): number[] {
  const anchor = positionalEncoding(reference, dModel);
  return Array.from({ length: positions }, (_, position) => dotProduct(anchor, positionalEncoding(position, dModel)));
}

/** The same dot product from the offset alone: Σ_i cos(ω_i · offset). */
export function dotProductAtOffset(offset: number, dModel: number): number {
  let sum = 0;
  for (let pair = 0; pair < dModel / 2; pair++) sum += Math.cos(offset * frequency(pair, dModel));
  return sum;
}
