import type { DrillKind } from '../../shared/widgets/specs/drill';

/** The expected answer of a problem, and how it is compared with what the learner types. */
export type Answer =
  | { kind: 'integer'; value: number }
  | { kind: 'number'; value: number; /** Decimals asked for. */ decimals: number }
  | { kind: 'shape'; value: number[] };

/** One generated problem. */
export interface Problem {
  /** The question, in plain text. */
  prompt: string;
  answer: Answer;
  /** The worked solution, one step per line. */
  solution: string[];
}

/** A kind of drill: its name, and a generator giving the same problem for the same seed. */
export interface Drill {
  kind: DrillKind;
  title: string;
  /** What the drill practises, in one sentence. */
  description: string;
  generate(seed: number): Problem;
}
