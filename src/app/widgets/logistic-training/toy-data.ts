/** A labelled 2-D point: label 1 or 0. */
export interface LabelledPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

const separable: LabelledPoint[] = [
  { x: 0.4, y: 0.7, label: 1 },
  { x: 2.1, y: 1.8, label: 1 },
  { x: 1.4, y: 1.1, label: 1 },
  { x: -1.3, y: 0.7, label: 1 },
  { x: 0.2, y: 0.8, label: 1 },
  { x: 1.3, y: 0.9, label: 1 },
  { x: 1.0, y: 0.4, label: 1 },
  { x: 1.1, y: 1.5, label: 1 },
  { x: -0.9, y: -0.6, label: 0 },
  { x: -1.6, y: 0.2, label: 0 },
  { x: -1.7, y: -0.5, label: 0 },
  { x: -1.4, y: -0.4, label: 0 },
  { x: -0.6, y: 0.0, label: 0 },
  { x: -1.8, y: -1.3, label: 0 },
  { x: -0.8, y: -0.8, label: 0 },
  { x: -0.6, y: -0.2, label: 0 },
];

/** The same points and three more on the wrong side, so that no line separates the classes. */
const overlapping: LabelledPoint[] = [
  ...separable,
  { x: -1.0, y: -1.0, label: 1 },
  { x: 0.9, y: 1.0, label: 0 },
  { x: -0.2, y: 0.6, label: 0 },
];

/** The toy datasets of the logistic-regression widget. */
export const toyData = { separable, overlapping } as const;
