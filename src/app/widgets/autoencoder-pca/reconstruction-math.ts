import { curve, type Point } from './curve-data';

/**
 * Reconstructions through a 1-D code: the PCA line (the best linear code) and the curve the data
 * came from (the best non-linear one). Pure functions, no React.
 */

export interface PcaLine {
  mean: Point;
  /** Unit vector along the first principal component. */
  direction: Point;
}

/** The first principal component of 2-D points: the mean and the top eigenvector of the covariance. */
export function fitPcaLine(points: readonly Point[]): PcaLine {
  const n = points.length;
  const mean = { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const point of points) {
    const dx = point.x - mean.x;
    const dy = point.y - mean.y;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  // The angle of the top eigenvector of [[sxx, sxy], [sxy, syy]].
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { mean, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
}

/** The point's projection onto the PCA line: encode to one number, decode back to 2-D. */
export function reconstructWithPca(point: Point, line: PcaLine): Point {
  const code = (point.x - line.mean.x) * line.direction.x + (point.y - line.mean.y) * line.direction.y;
  return { x: line.mean.x + code * line.direction.x, y: line.mean.y + code * line.direction.y };
}

/** The nearest point of the curve: the code is the curve parameter t, found by a fine scan then refined. */
export function reconstructWithCurve(point: Point): Point {
  const distanceAt = (t: number) => squaredDistance(point, curve(t));
  let best = -3;
  for (let t = -3; t <= 3; t += 0.01) if (distanceAt(t) < distanceAt(best)) best = t;
  let step = 0.01;
  while (step > 1e-6) {
    if (distanceAt(best - step) < distanceAt(best)) best -= step;
    else if (distanceAt(best + step) < distanceAt(best)) best += step;
    else step /= 2;
  }
  return curve(best);
}

export function distance(a: Point, b: Point): number {
  return Math.sqrt(squaredDistance(a, b));
}

function squaredDistance(a: Point, b: Point): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}

export interface FlagCounts {
  flagged: number;
  anomaliesFlagged: number;
  anomalies: number;
  normalFlagged: number;
}

/** How many points a threshold on the reconstruction error flags, split by what they really are. */
export function countFlags(errors: readonly number[], anomalies: readonly boolean[], threshold: number): FlagCounts {
  const flagged = errors.map((error) => error > threshold);
  return {
    flagged: flagged.filter(Boolean).length,
    anomaliesFlagged: flagged.filter((flag, index) => flag && anomalies[index]).length,
    anomalies: anomalies.filter(Boolean).length,
    normalFlagged: flagged.filter((flag, index) => flag && !anomalies[index]).length,
  };
}
