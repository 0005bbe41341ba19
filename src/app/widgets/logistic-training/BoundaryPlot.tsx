import { useId } from 'react';
import { formatFixed } from '../math/format';
import type { Model } from './logistic-math';
import type { LabelledPoint } from './toy-data';
import './logistic-training.css';

interface Props {
  points: readonly LabelledPoint[];
  models: readonly { model: Model; className: string }[];
  /** The max-margin separator, drawn as a guide. */
  separator?: Model;
}

const size = 240;
const extent = 3;
const scale = (value: number) => ((value + extent) / (2 * extent)) * size;
const flip = (value: number) => size - scale(value);

/** The points (class 1 as discs, class 0 as squares) and each model's boundary w·x + b = 0. */
export function BoundaryPlot({ points, models, separator }: Props) {
  const clipId = `frame${useId().replace(/[^a-z0-9]/gi, '')}`;
  const guide = separator && boundaryLine(separator);
  return (
    <svg
      className="boundary-plot"
      viewBox={`-4 -4 ${size + 8} ${size + 8}`}
      width={size + 8}
      role="img"
      aria-label={`${points.length} points in the square from -3 to 3: class 1 as discs, class 0 as squares, with the decision boundary of each optimizer: ${models
        .map(
          ({ model }) =>
            `w = (${formatFixed(model.w[0], 2)}, ${formatFixed(model.w[1], 2)}), b = ${formatFixed(model.b, 2)}`,
        )
        .join('; ')}`}
    >
      <rect className="boundary-plot__frame" x={0} y={0} width={size} height={size} />
      <line className="widget-svg__grid" x1={scale(0)} x2={scale(0)} y1={0} y2={size} />
      <line className="widget-svg__grid" x1={0} x2={size} y1={flip(0)} y2={flip(0)} />
      <defs>
        <clipPath id={clipId}>
          <rect x={0} y={0} width={size} height={size} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {guide && <path className="plot-line plot-line--guide" d={guide} />}
        {models.map(({ model, className }, index) => {
          const line = boundaryLine(model);
          return line ? <path key={index} className={`plot-line ${className}`} d={line} /> : null;
        })}
      </g>
      {points.map((point, index) =>
        point.label === 1 ? (
          <circle key={index} className="boundary-plot__one" cx={scale(point.x)} cy={flip(point.y)} r={5} />
        ) : (
          <rect
            key={index}
            className="boundary-plot__zero"
            x={scale(point.x) - 4.5}
            y={flip(point.y) - 4.5}
            width={9}
            height={9}
          />
        ),
      )}
    </svg>
  );
}

/** The part of w₁x + w₂y + b = 0 inside the square, as an SVG path (none while w = 0). */
function boundaryLine({ w, b }: Model): string | undefined {
  if (Math.hypot(w[0], w[1]) < 1e-9) return undefined;
  const far = 10 * extent;
  // A point on the line, and the line's direction (perpendicular to w).
  const norm2 = w[0] * w[0] + w[1] * w[1];
  const px = (-b * w[0]) / norm2;
  const py = (-b * w[1]) / norm2;
  const dx = -w[1] / Math.sqrt(norm2);
  const dy = w[0] / Math.sqrt(norm2);
  return `M${scale(px - far * dx)} ${flip(py - far * dy)}L${scale(px + far * dx)} ${flip(py + far * dy)}`;
}
