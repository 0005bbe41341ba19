/** The geometry of one spatial axis of a convolution. Pure functions, no React. */
export interface ConvGeometry {
  /** Input size n. */
  input: number;
  /** Kernel size k. */
  kernel: number;
  /** Zeros added on each side, p. */
  padding: number;
  /** Stride s. */
  stride: number;
  /** Dilation d: the kernel's taps are d cells apart. */
  dilation: number;
}

/** The number of cells a dilated kernel spans: d(k − 1) + 1. */
export function effectiveKernelSize({ kernel, dilation }: Pick<ConvGeometry, 'kernel' | 'dilation'>): number {
  return dilation * (kernel - 1) + 1;
}

/** Output size ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1, or undefined when the kernel does not fit the padded input. */
export function convOutputSize(geometry: ConvGeometry): number | undefined {
  const { input, padding, stride } = geometry;
  const room = input + 2 * padding - effectiveKernelSize(geometry);
  return room < 0 ? undefined : Math.floor(room / stride) + 1;
}

/**
 * The symmetric padding that keeps the size at stride 1: d(k − 1)/2 when that is a whole number.
 * When d(k − 1) is odd, no symmetric padding does; `exact` is false and `padding` rounds down.
 */
export function samePadding(geometry: Pick<ConvGeometry, 'kernel' | 'dilation'>): { padding: number; exact: boolean } {
  const total = effectiveKernelSize(geometry) - 1;
  return { padding: Math.floor(total / 2), exact: total % 2 === 0 };
}

/** The 0-based cells of the padded input that the kernel reads for output index `index`, along one axis. */
export function kernelTaps(geometry: ConvGeometry, index: number): number[] {
  return Array.from({ length: geometry.kernel }, (_, tap) => index * geometry.stride + tap * geometry.dilation);
}

/** Cells at the end of the padded input that no kernel position reaches (the stride skipped them). */
export function uncoveredCells(geometry: ConvGeometry): number {
  const output = convOutputSize(geometry);
  if (output === undefined) return 0;
  const covered = (output - 1) * geometry.stride + effectiveKernelSize(geometry);
  return geometry.input + 2 * geometry.padding - covered;
}

/** The output-size formula with the numbers filled in, step by step. */
export function outputSizeSteps(geometry: ConvGeometry): string[] {
  const { input: n, kernel: k, padding: p, stride: s, dilation: d } = geometry;
  const numerator = n + 2 * p - d * (k - 1) - 1;
  const output = convOutputSize(geometry);
  const steps = [
    '⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1',
    `⌊(${n} + 2·${p} − ${d}·(${k} − 1) − 1) / ${s}⌋ + 1`,
    `⌊${numerator} / ${s}⌋ + 1`,
  ];
  if (output !== undefined) steps.push(`${output - 1} + 1 = ${output}`);
  return steps;
}
