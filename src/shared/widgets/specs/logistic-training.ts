import { defineWidget } from '../prop-spec';

/** Logistic regression trained by gradient descent, momentum and Adam on 2-D toy data. */
export const logisticTrainingSpec = defineWidget({
  title: 'Training logistic regression',
  props: {
    data: {
      kind: 'choice',
      values: ['separable', 'overlapping'],
      default: 'separable',
      doc: 'toy data a line can separate, or not',
    },
    learningRate: { kind: 'number', min: 0.01, max: 1, default: 0.1, doc: 'the learning rate of all three optimizers' },
    steps: { kind: 'integer', min: 0, max: 5000, default: 200, doc: 'training steps taken' },
  },
});
