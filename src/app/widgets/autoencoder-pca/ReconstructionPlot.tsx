import { curve, type CurvePoint, type Point } from './curve-data';
import type { PcaLine } from './reconstruction-math';
import './autoencoder-pca.css';

interface Props {
  points: readonly CurvePoint[];
  reconstructions: readonly Point[];
  flags: readonly boolean[];
  /** The PCA line, when reconstructing with PCA; otherwise the curve is drawn. */
  line?: PcaLine;
  label: string;
}

const width = 320;
const height = 220;
const box = { minX: -2.6, maxX: 2.6, minY: -1.9, maxY: 1.7 };
const sx = (x: number) => ((x - box.minX) / (box.maxX - box.minX)) * width;
const sy = (y: number) => height - ((y - box.minY) / (box.maxY - box.minY)) * height;

/** The points, their reconstructions (joined by a thin segment), the model's line or curve, and rings on flagged points. */
export function ReconstructionPlot({ points, reconstructions, flags, line, label }: Props) {
  const model = line
    ? `M${sx(line.mean.x - 5 * line.direction.x)} ${sy(line.mean.y - 5 * line.direction.y)}L${sx(line.mean.x + 5 * line.direction.x)} ${sy(line.mean.y + 5 * line.direction.y)}`
    : Array.from({ length: 61 }, (_, index) => {
        const point = curve(-3 + index * 0.1);
        return `${index === 0 ? 'M' : 'L'}${sx(point.x).toFixed(1)} ${sy(point.y).toFixed(1)}`;
      }).join('');
  return (
    <svg className="reconstruction-plot" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={label}>
      <rect className="reconstruction-plot__frame" x={0} y={0} width={width} height={height} />
      <path className="plot-line plot-line--b" d={model} />
      {points.map((point, index) => (
        <line
          key={`e${index}`}
          className="reconstruction-plot__error"
          x1={sx(point.x)}
          y1={sy(point.y)}
          x2={sx(reconstructions[index]!.x)}
          y2={sy(reconstructions[index]!.y)}
        />
      ))}
      {points.map((point, index) => (
        <g key={`p${index}`}>
          {point.anomaly ? (
            <path
              className="reconstruction-plot__anomaly"
              d={`M${sx(point.x) - 5} ${sy(point.y) - 5}l10 10m0 -10l-10 10`}
            />
          ) : (
            <circle className="reconstruction-plot__point" cx={sx(point.x)} cy={sy(point.y)} r={3.5} />
          )}
          {flags[index] && <circle className="reconstruction-plot__flag" cx={sx(point.x)} cy={sy(point.y)} r={8} />}
        </g>
      ))}
    </svg>
  );
}
