import { createRandom, pick, randomInt } from '../../widgets/math/seeded-random';
import type { Drill, Problem } from '../drill-types';

interface Setting {
  batch: number;
  length: number;
  heads: number;
  dModel: number;
  dk: number;
}

const questions: ((setting: Setting) => Problem)[] = [
  ({ batch, length, heads, dModel, dk }) => ({
    prompt: `the shape of the queries Q after the projection W_Q and the split into heads, as (batch, heads, length, d_k)`,
    answer: { kind: 'shape', value: [batch, heads, length, dk] },
    solution: [
      `X is (${batch}, ${length}, ${dModel}); XW_Q is (${batch}, ${length}, ${dModel}).`,
      `Split d_model into h = ${heads} heads of d_k = d_model / h = ${dModel} / ${heads} = ${dk}: (${batch}, ${length}, ${heads}, ${dk}).`,
      `Move the heads before the positions: (${batch}, ${heads}, ${length}, ${dk}).`,
    ],
  }),
  ({ batch, length, heads, dk }) => ({
    prompt: `the shape of the attention weights softmax(QKᵀ / √d_k), as (batch, heads, query position, key position)`,
    answer: { kind: 'shape', value: [batch, heads, length, length] },
    solution: [
      `Per head, Q and K are (${batch}, ${heads}, ${length}, ${dk}) with d_k = ${dk}.`,
      `QKᵀ multiplies (${length} × ${dk}) by (${dk} × ${length}) for every batch item and head: (${batch}, ${heads}, ${length}, ${length}).`,
      'The softmax runs over the last axis (the keys) and keeps the shape.',
    ],
  }),
  ({ batch, length, heads, dModel, dk }) => ({
    prompt: `the shape of the layer's output, after concatenating the heads and applying W_O, as (batch, length, features)`,
    answer: { kind: 'shape', value: [batch, length, dModel] },
    solution: [
      `Each head outputs (${batch}, ${length}, ${dk}): its weights (${length} × ${length}) times its values (${length} × ${dk}).`,
      `Concatenating ${heads} heads gives (${batch}, ${length}, ${heads} · ${dk}) = (${batch}, ${length}, ${dModel}).`,
      `W_O is ${dModel} × ${dModel}, so the output stays (${batch}, ${length}, ${dModel}): the same shape as the input.`,
    ],
  }),
  ({ dModel }) => ({
    prompt: 'the number of parameters of W_Q, W_K, W_V and W_O together, each with a bias vector',
    answer: { kind: 'integer', value: 4 * (dModel * dModel + dModel) },
    solution: [
      `Each of the four projections is a d_model × d_model matrix plus a bias of d_model: ${dModel}² + ${dModel} = ${(dModel * dModel + dModel).toLocaleString('en-US')}.`,
      `Four of them: 4 × ${(dModel * dModel + dModel).toLocaleString('en-US')} = ${(4 * (dModel * dModel + dModel)).toLocaleString('en-US')}.`,
      'The number of heads does not change it: the heads split d_model, they do not add weights.',
    ],
  }),
];

/** Tensor shapes through multi-head self-attention. */
export const attentionShapesDrill: Drill = {
  kind: 'attention-shapes',
  title: 'Shapes in multi-head attention',
  description: 'Follow tensor shapes and parameter counts through multi-head self-attention.',
  generate(seed) {
    const random = createRandom(seed);
    const heads = pick(random, [2, 4, 8, 12, 16]);
    const dk = pick(random, [16, 32, 64]);
    const setting = {
      batch: pick(random, [2, 4, 8, 16, 32]),
      length: randomInt(random, 5, 128),
      heads,
      dk,
      dModel: heads * dk,
    };
    const problem = pick(random, questions)(setting);
    return {
      ...problem,
      prompt:
        `Multi-head self-attention with batch size ${setting.batch}, sequence length ${setting.length}, ` +
        `d_model = ${setting.dModel} and h = ${heads} heads. Give ${problem.prompt}.`,
    };
  },
};
