import { practicePagePath } from '../routes';
import type { DrillKind } from './specs/drill';

export const practicePageHead = {
  title: 'Practice',
  description:
    'Generated deep-learning exercises with instant checking and worked solutions: convolution output sizes, attention shapes, LSTM and GRU parameter counts, KL divergences.',
};

/** The link to one drill's problem: the same seed always gives the same problem. */
export function practiceProblemPath(kind: DrillKind, seed: number): string {
  return `${practicePagePath}?drill=${kind}&seed=${seed}#drill-${kind}`;
}
