interface Props {
  /** Cells per side. */
  size: number;
  /** Cells per side of the border drawn as padding (0 for none). */
  padding: number;
  /** Highlighted cells as [row, column], 0-based. */
  marked: readonly (readonly [number, number])[];
  /** The rectangle the kernel spans, as [top, left, bottom, right] cell indices (inclusive). */
  frame?: readonly [number, number, number, number];
  label: string;
  /** Target drawing width in px (the SVG scales down on narrow screens). */
  width: number;
}

/** A square grid of cells, padding cells hatched, some cells marked: a 2-D picture of one axis's geometry. */
export function ConvGrid({ size, padding, marked, frame, label, width }: Props) {
  const cell = Math.max(3, Math.min(34, width / size));
  const side = cell * size;
  const isMarked = new Set(marked.map(([row, column]) => row * size + column));
  const cells = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const pad = row < padding || column < padding || row >= size - padding || column >= size - padding;
      const className = isMarked.has(row * size + column)
        ? 'conv-grid__cell conv-grid__cell--tap'
        : pad
          ? 'conv-grid__cell conv-grid__cell--pad'
          : 'conv-grid__cell';
      cells.push(
        <rect
          key={row * size + column}
          className={className}
          x={column * cell}
          y={row * cell}
          width={cell}
          height={cell}
        />,
      );
    }
  }
  return (
    <svg className="conv-grid" viewBox={`-1 -1 ${side + 2} ${side + 2}`} width={side + 2} role="img" aria-label={label}>
      {cells}
      {frame && (
        <rect
          className="conv-grid__frame"
          x={frame[1] * cell}
          y={frame[0] * cell}
          width={(frame[3] - frame[1] + 1) * cell}
          height={(frame[2] - frame[0] + 1) * cell}
        />
      )}
    </svg>
  );
}
