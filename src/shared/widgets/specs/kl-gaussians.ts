import { defineWidget } from '../prop-spec';

const mean = (value: number, which: string) =>
  ({ kind: 'number', min: -3, max: 3, default: value, doc: `mean of ${which}` }) as const;
const deviation = (value: number, which: string) =>
  ({ kind: 'number', min: 0.2, max: 3, default: value, doc: `standard deviation of ${which}` }) as const;

/** KL divergence between two 1-D Gaussians p and q, in both directions. */
export const klGaussiansSpec = defineWidget({
  title: 'KL divergence of two Gaussians',
  props: {
    muP: mean(0, 'p'),
    sigmaP: deviation(1, 'p'),
    muQ: mean(1, 'q'),
    sigmaQ: deviation(2, 'q'),
  },
});
