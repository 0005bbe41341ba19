import { defineWidget } from '../prop-spec';

/** Convolution geometry: output size from input, kernel, padding, stride and dilation. */
export const convGeometrySpec = defineWidget({
  title: 'Convolution geometry',
  props: {
    input: { kind: 'integer', min: 1, max: 32, default: 7, doc: 'input size n (a square n × n input)' },
    kernel: { kind: 'integer', min: 1, max: 11, default: 3, doc: 'kernel size k' },
    padding: { kind: 'integer', min: 0, max: 10, default: 0, doc: 'zeros added on each side, p' },
    stride: { kind: 'integer', min: 1, max: 8, default: 1, doc: 'stride s' },
    dilation: { kind: 'integer', min: 1, max: 6, default: 1, doc: 'dilation d (1 = an ordinary kernel)' },
  },
  check: ({ input, kernel, padding, dilation }) => {
    const span = dilation * (kernel - 1) + 1;
    return input + 2 * padding < span
      ? {
          prop: 'kernel',
          message: `the dilated kernel spans ${span} cells but the padded input has ${input + 2 * padding}`,
          hint: 'make the input or the padding larger, or the kernel or the dilation smaller',
        }
      : undefined;
  },
});
