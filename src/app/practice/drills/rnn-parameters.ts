import { createRandom, pick } from '../../widgets/math/seeded-random';
import type { Drill } from '../drill-types';

const variants = ['LSTM', 'GRU', 'difference'] as const;

/** Weights and bias of one gate acting on [x_t, h_(t−1)]: h(n + h) + h. */
function gateParameters(n: number, h: number): number {
  return h * (n + h) + h;
}

/** Parameters of an LSTM layer with input size n and hidden size h, one bias per gate: 4(h(n + h) + h). */
export function lstmParameters(n: number, h: number): number {
  return 4 * gateParameters(n, h);
}

/** Parameters of a GRU layer with input size n and hidden size h, one bias per gate: 3(h(n + h) + h). */
export function gruParameters(n: number, h: number): number {
  return 3 * gateParameters(n, h);
}

/** Parameter counts of an LSTM layer against a GRU layer. */
export const rnnParametersDrill: Drill = {
  kind: 'rnn-parameters',
  title: 'LSTM and GRU parameter counts',
  description: 'Count the weights and biases of an LSTM layer and of a GRU layer.',
  generate(seed) {
    const random = createRandom(seed);
    const n = pick(random, [8, 16, 32, 50, 64, 100, 128, 256, 300, 512]);
    const h = pick(random, [16, 32, 64, 128, 256, 512]);
    const variant = pick(random, variants);
    const gate = gateParameters(n, h);
    const lstm = lstmParameters(n, h);
    const gru = gruParameters(n, h);
    const asked =
      variant === 'LSTM'
        ? 'an LSTM layer'
        : variant === 'GRU'
          ? 'a GRU layer'
          : 'an LSTM layer minus those of a GRU layer of the same sizes';
    const value = variant === 'LSTM' ? lstm : variant === 'GRU' ? gru : lstm - gru;
    const count = (x: number) => x.toLocaleString('en-US');
    return {
      prompt:
        `Input size n = ${n}, hidden size h = ${h}. How many parameters has ${asked}? ` +
        'Count one bias vector per gate, as in the original equations.',
      answer: { kind: 'integer', value },
      solution: [
        `Each gate multiplies [x_t, h_(t−1)] (size n + h = ${n + h}) by an h × (n + h) matrix and adds a bias of size h:`,
        `h(n + h) + h = ${h} · ${n + h} + ${h} = ${count(gate)}.`,
        `An LSTM has 4 such blocks (input, forget and output gates, and the cell candidate): 4 · ${count(gate)} = ${count(lstm)}.`,
        `A GRU has 3 (update gate, reset gate, candidate): 3 · ${count(gate)} = ${count(gru)}.`,
        ...(variant === 'difference'
          ? [`The difference is one block: ${count(lstm)} − ${count(gru)} = ${count(value)}.`]
          : []),
        `PyTorch and cuDNN keep two bias vectors per gate (b_ih and b_hh), which adds ${count(4 * h)} for the LSTM and ${count(3 * h)} for the GRU.`,
      ],
    };
  },
};
