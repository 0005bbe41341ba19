import { formatFixed } from '../math/format';
import type { FeatureMap } from './pooling-math';

interface Props {
  map: FeatureMap;
  /** The largest value of the colour scale. */
  scale: number;
  /** Cells outlined, as [row, column]. */
  selected?: readonly (readonly [number, number])[];
  /** Outlined windows, as [top, left, size]. */
  windows?: readonly (readonly [number, number, number])[];
  label: string;
  cell?: number;
}

/** A feature map as a grid of shaded cells with their values written in. */
export function MapGrid({ map, scale, selected = [], windows = [], label, cell = 40 }: Props) {
  const side = map.length * cell;
  return (
    <svg className="map-grid" viewBox={`-2 -2 ${side + 4} ${side + 4}`} width={side + 4} role="img" aria-label={label}>
      {map.map((row, r) =>
        row.map((value, c) => (
          <g key={`${r}-${c}`}>
            <rect
              className="map-grid__cell"
              x={c * cell}
              y={r * cell}
              width={cell}
              height={cell}
              style={{
                fill: `color-mix(in srgb, var(--accent) ${Math.round((value / Math.max(scale, 1e-9)) * 70)}%, var(--bg))`,
              }}
            />
            <text x={c * cell + cell / 2} y={r * cell + cell / 2 + 5} textAnchor="middle" fontSize="14">
              {Number.isInteger(value) ? value : formatFixed(value, 2)}
            </text>
          </g>
        )),
      )}
      {windows.map(([top, left, size], index) => (
        <rect
          key={`w${index}`}
          className="map-grid__window"
          x={left * cell + 2}
          y={top * cell + 2}
          width={size * cell - 4}
          height={size * cell - 4}
        />
      ))}
      {selected.map(([r, c], index) => (
        <circle
          key={`s${index}`}
          className="map-grid__selected"
          cx={c * cell + cell / 2}
          cy={r * cell + cell / 2}
          r={cell / 2 - 5}
        />
      ))}
    </svg>
  );
}
