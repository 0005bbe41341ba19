import { createNormal, createRandom } from '../math/seeded-random';

export interface Point {
  x: number;
  y: number;
}

export interface CurvePoint extends Point {
  /** Placed off the curve on purpose. */
  anomaly: boolean;
}

/** The curve the normal points lie near: y = x²/2 − 1. */
export function curve(t: number): Point {
  return { x: t, y: (t * t) / 2 - 1 };
}

/** 30 points along the curve with a little noise, then 3 anomalies off it (seeded, fixed). */
export function curveData(): CurvePoint[] {
  const random = createRandom(11);
  const normal = createNormal(random);
  const points: CurvePoint[] = Array.from({ length: 30 }, (_, index) => {
    const t = -2 + (4 * (index + 0.5)) / 30;
    const onCurve = curve(t);
    return { x: onCurve.x + 0.06 * normal(), y: onCurve.y + 0.06 * normal(), anomaly: false };
  });
  return [
    ...points,
    { x: -0.2, y: 0.6, anomaly: true },
    { x: 1.3, y: -1.2, anomaly: true },
    { x: -1.6, y: -0.9, anomaly: true },
  ];
}
