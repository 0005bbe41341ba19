import { defineWidget } from '../prop-spec';

/** Gradient norm through time in a vanilla RNN against the LSTM's cell-state path. */
export const vanishingGradientsSpec = defineWidget({
  title: 'Vanishing and exploding gradients',
  props: {
    singularValue: {
      kind: 'number',
      min: 0.5,
      max: 1.5,
      default: 0.9,
      doc: 'the singular value of the recurrent weight matrix W_hh',
    },
    steps: { kind: 'integer', min: 1, max: 100, default: 50, doc: 'number of time steps T' },
    forgetBias: { kind: 'number', min: 0, max: 6, default: 1, doc: 'the LSTM forget-gate bias b_f' },
  },
});
