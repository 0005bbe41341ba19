import { useId, type ReactNode } from 'react';

export interface Axis {
  min: number;
  max: number;
  ticks: readonly number[];
  label: string;
  format?: (value: number) => string;
  /** Plot log10 of the values (all must be positive). */
  log?: boolean;
}

export interface Series {
  points: readonly (readonly [number, number])[];
  /** Class of the line: `plot-line--a`, `--b`, `--c` (colour and dash), or `plot-line--guide`. */
  className: string;
}

interface Props {
  x: Axis;
  y: Axis;
  series: readonly Series[];
  /** Short description of the picture for screen readers; the numbers are in the text next to it. */
  label: string;
  width?: number;
  height?: number;
  /** Extra SVG drawn in plot coordinates, given the scale functions. */
  overlay?: (scaleX: (x: number) => number, scaleY: (y: number) => number) => ReactNode;
}

const margin = { top: 10, right: 12, bottom: 34, left: 48 };

/** A line chart drawn by hand in SVG: axes, ticks, lines. Values outside the axes are clipped. */
export function LinePlot({ x, y, series, label, width = 360, height = 200, overlay }: Props) {
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const tx = (value: number) => (x.log ? Math.log10(value) : value);
  const ty = (value: number) => (y.log ? Math.log10(Math.max(value, 1e-300)) : value);
  const scaleX = (value: number) => margin.left + ((tx(value) - tx(x.min)) / (tx(x.max) - tx(x.min))) * innerWidth;
  const scaleY = (value: number) =>
    margin.top + innerHeight - ((ty(value) - ty(y.min)) / (ty(y.max) - ty(y.min))) * innerHeight;
  const clipId = `clip${useId().replace(/[^a-z0-9]/gi, '')}`;
  const formatX = x.format ?? String;
  const formatY = y.format ?? String;

  return (
    <svg className="line-plot" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={label}>
      <defs>
        <clipPath id={clipId}>
          <rect x={margin.left} y={margin.top} width={innerWidth} height={innerHeight} />
        </clipPath>
      </defs>
      {y.ticks.map((tick) => (
        <g key={`y${tick}`}>
          <line
            className="widget-svg__grid"
            x1={margin.left}
            x2={width - margin.right}
            y1={scaleY(tick)}
            y2={scaleY(tick)}
          />
          <text x={margin.left - 5} y={scaleY(tick) + 4} textAnchor="end" fontSize="11">
            {formatY(tick)}
          </text>
        </g>
      ))}
      {x.ticks.map((tick) => (
        <text key={`x${tick}`} x={scaleX(tick)} y={height - margin.bottom + 15} textAnchor="middle" fontSize="11">
          {formatX(tick)}
        </text>
      ))}
      <path
        className="widget-svg__axis"
        d={`M${margin.left} ${margin.top} V${margin.top + innerHeight} H${width - margin.right}`}
      />
      <text
        x={margin.left + innerWidth / 2}
        y={height - 4}
        textAnchor="middle"
        fontSize="11"
        className="widget-svg__soft"
      >
        {x.label}
      </text>
      <text
        x={12}
        y={margin.top + innerHeight / 2}
        textAnchor="middle"
        fontSize="11"
        className="widget-svg__soft"
        transform={`rotate(-90 12 ${margin.top + innerHeight / 2})`}
      >
        {y.label}
      </text>
      <g clipPath={`url(#${clipId})`}>
        {series.map((line, index) => (
          <path
            key={index}
            className={`plot-line ${line.className}`}
            d={line.points
              .map(([px, py], point) => `${point === 0 ? 'M' : 'L'}${scaleX(px).toFixed(1)} ${scaleY(py).toFixed(1)}`)
              .join('')}
          />
        ))}
        {overlay?.(scaleX, scaleY)}
      </g>
    </svg>
  );
}
