import { formatFixed } from '../math/format';

interface Props {
  tokens: readonly string[];
  weights: readonly number[];
  query: number;
  label: string;
}

const width = 320;
const height = 130;
const top = 18;
const bottom = 22;

/** Attention weights over the keys as bars, each with its value above and its token below. */
export function WeightBars({ tokens, weights, query, label }: Props) {
  const slot = width / tokens.length;
  const bar = Math.min(34, slot * 0.7);
  const inner = height - top - bottom;
  return (
    <svg className="attention-bars" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={label}>
      <line className="widget-svg__axis" x1={0} x2={width} y1={top + inner} y2={top + inner} />
      {weights.map((weight, index) => {
        const x = index * slot + (slot - bar) / 2;
        const h = Math.max(weight * inner, 0.5);
        return (
          <g key={index}>
            <rect className="attention-bars__bar" x={x} y={top + inner - h} width={bar} height={h} />
            <text x={x + bar / 2} y={top + inner - h - 4} textAnchor="middle" fontSize="11">
              {formatFixed(weight, 2)}
            </text>
            <text
              x={x + bar / 2}
              y={height - 6}
              textAnchor="middle"
              fontSize="12"
              fontWeight={index === query ? 700 : 400}
              className={index === query ? undefined : 'widget-svg__soft'}
            >
              {tokens[index]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
