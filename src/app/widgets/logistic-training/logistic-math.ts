import type { LabelledPoint } from './toy-data';

/**
 * Logistic regression p(y = 1 | x) = σ(w·x + b) trained on the mean cross-entropy with full-batch
 * gradient descent, momentum and Adam. Pure functions, no React.
 */
export type Optimizer = 'gd' | 'momentum' | 'adam';

export const optimizerNames: Record<Optimizer, string> = {
  gd: 'Gradient descent',
  momentum: 'Momentum (β = 0.9)',
  adam: 'Adam',
};

export interface Model {
  w: [number, number];
  b: number;
}

export interface TrainingRun {
  /** The model after the last step. */
  model: Model;
  /** ‖w‖ after 0, 1, ..., steps steps. */
  weightNorms: number[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The mean cross-entropy loss and its gradient with respect to (w₁, w₂, b). */
export function lossAndGradient(
  model: Model,
  data: readonly LabelledPoint[],
): { loss: number; gradient: [number, number, number] } {
  let loss = 0;
  const gradient: [number, number, number] = [0, 0, 0];
  for (const point of data) {
    const z = model.w[0] * point.x + model.w[1] * point.y + model.b;
    const p = sigmoid(z);
    // log(1 + e^−z) and log(1 + e^z), written to stay finite for large |z|.
    loss += point.label === 1 ? softplus(-z) : softplus(z);
    const error = p - point.label;
    gradient[0] += error * point.x;
    gradient[1] += error * point.y;
    gradient[2] += error;
  }
  const n = data.length;
  return { loss: loss / n, gradient: [gradient[0] / n, gradient[1] / n, gradient[2] / n] };
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Trains from w = 0, b = 0 for `steps` steps with the given optimizer and learning rate. */
export function train(
  data: readonly LabelledPoint[],
  optimizer: Optimizer,
  learningRate: number,
  steps: number,
): TrainingRun {
  const theta = [0, 0, 0];
  const velocity = [0, 0, 0];
  const secondMoment = [0, 0, 0];
  const weightNorms = [0];
  for (let step = 1; step <= steps; step++) {
    const { gradient } = lossAndGradient(toModel(theta), data);
    for (let index = 0; index < 3; index++) {
      const g = gradient[index]!;
      if (optimizer === 'gd') {
        theta[index]! -= learningRate * g;
      } else if (optimizer === 'momentum') {
        velocity[index] = 0.9 * velocity[index]! + g;
        theta[index]! -= learningRate * velocity[index]!;
      } else {
        velocity[index] = 0.9 * velocity[index]! + 0.1 * g;
        secondMoment[index] = 0.999 * secondMoment[index]! + 0.001 * g * g;
        const mHat = velocity[index]! / (1 - 0.9 ** step);
        const vHat = secondMoment[index]! / (1 - 0.999 ** step);
        theta[index]! -= (learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
      }
    }
    weightNorms.push(Math.hypot(theta[0]!, theta[1]!));
  }
  return { model: toModel(theta), weightNorms };
}

function toModel(theta: number[]): Model {
  return { w: [theta[0]!, theta[1]!], b: theta[2]! };
}

/** The share of points on the correct side of the boundary. */
export function accuracy(model: Model, data: readonly LabelledPoint[]): number {
  const correct = data.filter(
    (point) => (model.w[0] * point.x + model.w[1] * point.y + model.b > 0 ? 1 : 0) === point.label,
  );
  return correct.length / data.length;
}

/** The direction of w in degrees, from the x axis, in (−180, 180]. */
export function directionDegrees(w: readonly [number, number]): number {
  return (Math.atan2(w[1], w[0]) * 180) / Math.PI;
}

/**
 * The hard-margin separator whose direction gradient descent's (w, b) converges to on separable
 * data (Soudry et al. 2018): the max-margin solution for the inputs (x, y, 1), so with the bias
 * counted in the norm. Found by coordinate ascent on the SVM dual; scaled to margin 1.
 * Undefined when no line separates the data.
 */
export function maxMarginSeparator(data: readonly LabelledPoint[]): Model | undefined {
  if (!isSeparable(data)) return undefined;
  const inputs = data.map((point) => [point.x, point.y, 1].map((value) => (point.label === 1 ? value : -value)));
  const alphas = data.map(() => 0);
  const v = [0, 0, 0];
  for (let pass = 0; pass < 5000; pass++) {
    inputs.forEach((u, index) => {
      const margin = v[0]! * u[0]! + v[1]! * u[1]! + v[2]! * u[2]!;
      const next = Math.max(0, alphas[index]! + (1 - margin) / (u[0]! ** 2 + u[1]! ** 2 + u[2]! ** 2));
      const change = next - alphas[index]!;
      alphas[index] = next;
      for (let axis = 0; axis < 3; axis++) v[axis]! += change * u[axis]!;
    });
  }
  return { w: [v[0]!, v[1]!], b: v[2]! };
}

/** Whether some line puts every class-1 point strictly on one side and every class-0 point on the other. */
export function isSeparable(data: readonly LabelledPoint[]): boolean {
  for (let tenth = 0; tenth < 3600; tenth++) {
    const radians = (tenth / 10) * (Math.PI / 180);
    const project = (point: LabelledPoint) => point.x * Math.cos(radians) + point.y * Math.sin(radians);
    const positives = data.filter((point) => point.label === 1).map(project);
    const negatives = data.filter((point) => point.label === 0).map(project);
    if (Math.min(...positives) > Math.max(...negatives)) return true;
  }
  return false;
}
