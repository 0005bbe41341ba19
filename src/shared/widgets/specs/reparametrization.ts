import { defineWidget } from '../prop-spec';

/** The reparametrization trick: where the noise sits, and which estimator of the gradient it gives. */
export const reparametrizationSpec = defineWidget({
  title: 'The reparametrization trick',
  props: {
    mu: { kind: 'number', min: -2, max: 2, default: 1, doc: 'mean μ of q(z)' },
    sigma: { kind: 'number', min: 0.1, max: 2, default: 0.8, doc: 'standard deviation σ of q(z)' },
    epsilon: { kind: 'number', min: -3, max: 3, default: 0.5, doc: 'the noise sample ε shown in the graph' },
    samples: { kind: 'integer', min: 1, max: 1000, default: 100, doc: 'samples averaged by the gradient estimators' },
    mode: {
      kind: 'choice',
      values: ['reparametrized', 'direct'],
      default: 'reparametrized',
      doc: 'sampling z = μ + σ·ε (reparametrized) or z ~ N(μ, σ²) (direct)',
    },
  },
});
