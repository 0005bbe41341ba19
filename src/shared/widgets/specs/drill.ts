import { defineWidget } from '../prop-spec';

/** The kinds of practice drill: each generates problems from a seed. */
export const drillKinds = ['conv-output-size', 'attention-shapes', 'rnn-parameters', 'kl-gaussians'] as const;

export type DrillKind = (typeof drillKinds)[number];

/** A practice drill: a generated problem, a checked answer and a worked solution. */
export const drillSpec = defineWidget({
  title: 'Practice',
  props: {
    kind: { kind: 'choice', values: drillKinds, default: 'conv-output-size', doc: 'which drill' },
    seed: {
      kind: 'integer',
      min: 1,
      max: 999999,
      default: 1,
      doc: 'the first problem shown (the same seed gives the same problem)',
    },
  },
});
