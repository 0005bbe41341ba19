import { defineWidget } from '../prop-spec';

/** Pooling over a small feature map after ReLU: max, average, min and global pooling. */
export const poolingSpec = defineWidget({
  title: 'Pooling a feature map',
  props: {
    values: {
      kind: 'numbers',
      min: 0,
      max: 99,
      lengths: [9, 16, 25, 36],
      default: [0, 3, 0, 1, 2, 0, 0, 0, 0, 0, 5, 2, 1, 0, 0, 4],
      doc: 'the feature map after ReLU, row by row: 9, 16, 25 or 36 numbers from 0 to 99, comma-separated',
    },
    window: { kind: 'integer', min: 2, max: 3, default: 2, doc: 'pooling window size' },
    stride: { kind: 'integer', min: 1, max: 3, default: 2, doc: 'pooling stride' },
    operation: {
      kind: 'choice',
      values: ['max', 'average', 'min', 'global-max', 'global-average'],
      default: 'max',
      doc: 'the pooling shown first',
    },
  },
  check: ({ values, window }) => {
    const side = Math.round(Math.sqrt(values.length));
    return window > side
      ? { prop: 'window', message: `a ${window} × ${window} window does not fit a ${side} × ${side} map` }
      : undefined;
  },
});
