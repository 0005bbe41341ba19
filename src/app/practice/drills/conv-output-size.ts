import { createRandom, pick, randomInt } from '../../widgets/math/seeded-random';
import { convOutputSize, outputSizeSteps } from '../../widgets/conv-geometry/conv-geometry-math';
import type { Drill } from '../drill-types';

/** Output size of a convolution from input, kernel, padding, stride and dilation. */
export const convOutputSizeDrill: Drill = {
  kind: 'conv-output-size',
  title: 'Convolution output size',
  description: 'Compute the output size of a convolution from its input, kernel, padding, stride and dilation.',
  generate(seed) {
    const random = createRandom(seed);
    for (;;) {
      const input = randomInt(random, 5, 64);
      const kernel = pick(random, [1, 2, 3, 3, 3, 5, 5, 7]);
      const stride = pick(random, [1, 1, 2, 2, 3, 4]);
      // Dilation and padding only make sense for kernels wider than one cell; padding beyond the
      // kernel's reach would add outputs that see nothing but zeros.
      const dilation = kernel === 1 ? 1 : pick(random, [1, 1, 1, 2, 3]);
      const padding = randomInt(random, 0, Math.min(3, dilation * (kernel - 1)));
      const geometry = { input, kernel, padding, stride, dilation };
      const output = convOutputSize(geometry);
      if (output === undefined) continue;
      const { input: n, kernel: k, padding: p, stride: s, dilation: d } = geometry;
      return {
        prompt:
          `A 2-D convolution layer gets a ${n} × ${n} input. Its kernel is ${k} × ${k}, with padding ${p} ` +
          `on every side, stride ${s} and dilation ${d}. What is the height (and width) of its output?`,
        answer: { kind: 'integer', value: output },
        solution: [
          'o = ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1, with n the input size, p the padding, d the dilation, k the kernel size and s the stride.',
          ...outputSizeSteps(geometry)
            .slice(1)
            .map((step) => `= ${step}`),
          `The output is ${output} × ${output}.`,
        ],
      };
    }
  },
};
