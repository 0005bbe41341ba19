import { describe, expect, it } from 'vitest';
import { curve, curveData } from '../../../../src/app/widgets/autoencoder-pca/curve-data';
import {
  countFlags,
  distance,
  fitPcaLine,
  reconstructWithCurve,
  reconstructWithPca,
} from '../../../../src/app/widgets/autoencoder-pca/reconstruction-math';

describe('PCA and a non-linear 1-D code', () => {
  it('PCA of points on a line finds that line and reconstructs them exactly', () => {
    const line = fitPcaLine([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 2 },
    ]);
    expect(Math.abs(line.direction.x)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(line.direction.x * line.direction.y).toBeGreaterThan(0);
    const back = reconstructWithPca({ x: 2, y: 0 }, line);
    expect(back.x).toBeCloseTo(1, 12);
    expect(back.y).toBeCloseTo(1, 12);
  });

  it('the curve code reconstructs points on the curve exactly, and others at their nearest curve point', () => {
    const onCurve = curve(1.2);
    expect(distance(reconstructWithCurve(onCurve), onCurve)).toBeLessThan(1e-5);
    expect(reconstructWithCurve({ x: 0, y: 0 }).y).toBeLessThan(0);
  });

  it('on data along a curve, a threshold flags normal points under PCA but only the anomalies under the curve code', () => {
    const data = curveData();
    const line = fitPcaLine(data);
    const anomalies = data.map((point) => point.anomaly);
    const pcaErrors = data.map((point) => distance(point, reconstructWithPca(point, line)));
    const curveErrors = data.map((point) => distance(point, reconstructWithCurve(point)));
    expect(countFlags(curveErrors, anomalies, 0.4)).toEqual({
      flagged: 3,
      anomaliesFlagged: 3,
      anomalies: 3,
      normalFlagged: 0,
    });
    expect(countFlags(pcaErrors, anomalies, 0.4).normalFlagged).toBeGreaterThan(5);
  });
});
