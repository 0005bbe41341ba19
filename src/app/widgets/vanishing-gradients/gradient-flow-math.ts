import { createNormal, createRandom } from '../math/seeded-random';

/**
 * How the gradient ‖∂h_t/∂h_0‖ scales with t in recurrent networks. Pure functions, no React.
 * The recurrent matrix is W = ρ·Q with Q orthogonal, so every singular value of W is ρ.
 */

/** A linear RNN, h_t = W h_{t−1}: ‖∂h_t/∂h_0‖ = ‖W^t‖ = ρ^t, for t = 1..steps. */
export function linearRnnNorms(singularValue: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, index) => singularValue ** (index + 1));
}

/** sigmoid(x) = 1 / (1 + e^−x). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * The LSTM's cell-state path, c_t = f_t ⊙ c_{t−1} + ...: ∂c_t/∂c_0 = Π f_k. With the forget gate's
 * other inputs averaging zero, f = σ(b_f) at every step, so the factor is σ(b_f)^t.
 */
export function lstmCellNorms(forgetBias: number, steps: number): number[] {
  const forget = sigmoid(forgetBias);
  return Array.from({ length: steps }, (_, index) => forget ** (index + 1));
}

/** A random orthogonal matrix (Gram–Schmidt on Gaussian columns), seeded. */
export function orthogonalMatrix(size: number, seed: number): number[][] {
  const normal = createNormal(createRandom(seed));
  const columns: number[][] = [];
  while (columns.length < size) {
    let column = Array.from({ length: size }, normal);
    for (const previous of columns) {
      const projection = dot(column, previous);
      column = column.map((value, index) => value - projection * previous[index]!);
    }
    const norm = Math.sqrt(dot(column, column));
    if (norm > 1e-6) columns.push(column.map((value) => value / norm));
  }
  return columns[0]!.map((_, row) => columns.map((column) => column[row]!));
}

/**
 * A tanh RNN, h_t = tanh(W h_{t−1} + x_t), run on seeded inputs: the spectral norm of the
 * Jacobian product Π diag(1 − h_k²) W, for t = 1..steps. tanh′ ≤ 1 can only shrink it below ρ^t.
 */
export function tanhRnnNorms(singularValue: number, steps: number, size = 8, seed = 7): number[] {
  const w = orthogonalMatrix(size, seed).map((row) => row.map((value) => value * singularValue));
  const normal = createNormal(createRandom(seed + 1));
  let h = Array.from({ length: size }, () => 0.1 * normal());
  let jacobian = identity(size);
  const norms: number[] = [];
  for (let step = 0; step < steps; step++) {
    const pre = multiplyVector(w, h).map((value) => value + 0.5 * normal());
    h = pre.map(Math.tanh);
    const local = w.map((row, r) => row.map((value) => value * (1 - h[r]! ** 2)));
    jacobian = multiply(local, jacobian);
    norms.push(spectralNorm(jacobian));
  }
  return norms;
}

/** The largest singular value of a square matrix, by power iteration on AᵀA. */
export function spectralNorm(matrix: number[][]): number {
  const size = matrix.length;
  let v = Array.from({ length: size }, (_, index) => 1 / Math.sqrt(size) + index * 1e-3);
  let value = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    const av = multiplyVector(matrix, v);
    const atav = multiplyVector(transpose(matrix), av);
    const norm = Math.sqrt(dot(atav, atav));
    if (norm === 0) return 0;
    v = atav.map((entry) => entry / norm);
    value = Math.sqrt(norm);
  }
  return value;
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, index) => sum + value * b[index]!, 0);
}

function identity(size: number): number[][] {
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => (row === column ? 1 : 0)),
  );
}

function transpose(matrix: number[][]): number[][] {
  return matrix[0]!.map((_, column) => matrix.map((row) => row[column]!));
}

function multiplyVector(matrix: number[][], vector: readonly number[]): number[] {
  return matrix.map((row) => dot(row, vector));
}

function multiply(a: number[][], b: number[][]): number[][] {
  const bt = transpose(b);
  return a.map((row) => bt.map((column) => dot(row, column)));
}
