import { defineWidget } from '../prop-spec';

/** PCA against a non-linear 1-D code on data along a curve, and anomaly flags by reconstruction error. */
export const autoencoderPcaSpec = defineWidget({
  title: 'Autoencoder vs PCA, and anomalies',
  props: {
    model: {
      kind: 'choice',
      values: ['pca', 'nonlinear'],
      default: 'pca',
      doc: 'reconstruct with the PCA line or with a non-linear 1-D code',
    },
    threshold: {
      kind: 'number',
      min: 0.05,
      max: 2,
      default: 0.4,
      doc: 'reconstruction error above which a point is flagged',
    },
  },
});
