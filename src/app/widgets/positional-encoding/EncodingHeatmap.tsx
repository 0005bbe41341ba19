import { positionalEncoding } from './positional-encoding-math';

interface Props {
  positions: number;
  dModel: number;
  reference: number;
}

const levels = 10;
const width = 300;
const left = 34;
const top = 16;

/** The colour of a value in [−1, 1]: orange below zero, blue above, the background at zero. */
function levelColour(level: number): string {
  const t = (level / levels) * 2 - 1;
  const share = Math.round(Math.abs(t) * 85);
  return `color-mix(in srgb, ${t < 0 ? 'var(--widget-b)' : 'var(--accent)'} ${share}%, var(--bg))`;
}

/**
 * The encodings of every position (rows) on every dimension (columns). Cells are grouped by
 * colour level into one path per level, and runs of equal colour down a column into one
 * rectangle, which keeps the prerendered SVG small.
 */
export function EncodingHeatmap({ positions, dModel, reference }: Props) {
  const cellWidth = width / dModel;
  const cellHeight = Math.max(2, Math.min(6, 256 / positions));
  const height = cellHeight * positions;
  const paths: string[] = Array.from({ length: levels + 1 }, () => '');
  const encodings = Array.from({ length: positions }, (_, position) => positionalEncoding(position, dModel));
  const levelAt = (position: number, dimension: number) =>
    Math.round(((encodings[position]![dimension]! + 1) / 2) * levels);
  // One rectangle per run of equal colour down a column, in cell units (scaled by the group's transform).
  for (let dimension = 0; dimension < dModel; dimension++) {
    let start = 0;
    for (let position = 1; position <= positions; position++) {
      const level = levelAt(start, dimension);
      if (position < positions && levelAt(position, dimension) === level) continue;
      paths[level] = `${paths[level] ?? ''}M${dimension} ${start}h1v${position - start}h-1z`;
      start = position;
    }
  }
  return (
    <svg
      className="pe-heatmap"
      viewBox={`0 0 ${left + width + 4} ${top + height + 22}`}
      width={left + width + 4}
      role="img"
      aria-label={`Heatmap of the sinusoidal encoding: ${positions} positions down, ${dModel} dimensions across, from -1 (orange) through 0 to +1 (blue). Left columns oscillate fast down the positions, right columns slowly. Position ${reference} is outlined.`}
    >
      <g transform={`translate(${left} ${top}) scale(${cellWidth} ${cellHeight})`}>
        {paths.map((d, level) => (d ? <path key={level} d={d} style={{ fill: levelColour(level) }} /> : null))}
      </g>
      <rect
        className="pe-heatmap__reference"
        x={left - 1}
        y={top + reference * cellHeight - 1}
        width={width + 2}
        height={cellHeight + 2}
      />
      <text x={left} y={11} fontSize="11">
        dimension 0
      </text>
      <text x={left + width} y={11} fontSize="11" textAnchor="end">
        {dModel - 1}
      </text>
      <text x={left - 4} y={top + 8} fontSize="11" textAnchor="end">
        0
      </text>
      <text x={left - 4} y={top + height} fontSize="11" textAnchor="end">
        {positions - 1}
      </text>
      <text x={left + width / 2} y={top + height + 16} fontSize="11" textAnchor="middle" className="widget-svg__soft">
        position ↓ · dimension →
      </text>
    </svg>
  );
}
