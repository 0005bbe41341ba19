/** Pooling a square feature map. Pure functions, no React. */
export type PoolingOperation = 'max' | 'average' | 'min' | 'global-max' | 'global-average';

export type FeatureMap = readonly (readonly number[])[];

/** The rows of a square map given row by row. */
export function toSquareMap(values: readonly number[]): number[][] {
  const side = Math.round(Math.sqrt(values.length));
  return Array.from({ length: side }, (_, row) => values.slice(row * side, row * side + side));
}

/** ReLU applied to every value: what a map looks like after the activation. */
export function relu(map: FeatureMap): number[][] {
  return map.map((row) => row.map((value) => Math.max(0, value)));
}

/** The output size of pooling a side of `size` with a window and stride: ⌊(size − window) / stride⌋ + 1. */
export function pooledSize(size: number, window: number, stride: number): number {
  return size < window ? 0 : Math.floor((size - window) / stride) + 1;
}

/** The cells [row, column] of the window behind output cell (row, column). */
export function windowCells(row: number, column: number, window: number, stride: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = 0; r < window; r++) for (let c = 0; c < window; c++) cells.push([row * stride + r, column * stride + c]);
  return cells;
}

const reducers = {
  max: (values: number[]) => Math.max(...values),
  min: (values: number[]) => Math.min(...values),
  average: (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length,
};

/**
 * Pools `map`. Windowed operations slide a `window` × `window` window by `stride`; the global
 * ones reduce the whole map to a single value (a 1 × 1 map).
 */
export function pool(map: FeatureMap, operation: PoolingOperation, window: number, stride: number): number[][] {
  if (operation === 'global-max' || operation === 'global-average') {
    const reduce = reducers[operation === 'global-max' ? 'max' : 'average'];
    return [[reduce(map.flat())]];
  }
  const size = pooledSize(map.length, window, stride);
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) =>
      reducers[operation](windowCells(row, column, window, stride).map(([r, c]) => map[r]![c]!)),
    ),
  );
}

/** For max and min pooling: the input cell each output copies (the first one on ties). */
export function selectedCells(
  map: FeatureMap,
  operation: 'max' | 'min',
  window: number,
  stride: number,
): [number, number][] {
  const size = pooledSize(map.length, window, stride);
  const selected: [number, number][] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const cells = windowCells(row, column, window, stride);
      const better = (a: number, b: number) => (operation === 'max' ? a > b : a < b);
      selected.push(
        cells.reduce((best, cell) => (better(map[cell[0]]![cell[1]]!, map[best[0]]![best[1]]!) ? cell : best)),
      );
    }
  }
  return selected;
}

/** The share of a map's values that are zero, from 0 to 1. */
export function zeroShare(map: FeatureMap): number {
  const values = map.flat();
  return values.filter((value) => value === 0).length / values.length;
}
