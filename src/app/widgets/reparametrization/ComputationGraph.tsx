import { useId } from 'react';
import { formatFixed } from '../math/format';

interface Props {
  mode: 'reparametrized' | 'direct';
  mu: number;
  sigma: number;
  epsilon: number;
  z: number;
}

const f = (value: number) => formatFixed(value, 2);

/**
 * The computation graph from μ and σ to the loss. Reparametrized, ε is a side input and the
 * gradient path μ, σ → z → f (highlighted) is deterministic; sampled directly, z is a random node
 * that the gradient cannot pass.
 */
export function ComputationGraph({ mode, mu, sigma, epsilon, z }: Props) {
  const direct = mode === 'direct';
  const id = useId().replace(/[^a-z0-9]/gi, '');
  const arrow = `url(#arrow${id})`;
  const gradientArrow = `url(#gradient${id})`;
  const label = direct
    ? `Graph: mu = ${f(mu)} and sigma = ${f(sigma)} feed a sampling node z ~ N(mu, sigma squared); z = ${f(z)} feeds the loss f(z) = z squared. The gradient cannot pass the sampling node.`
    : `Graph: mu = ${f(mu)} and sigma = ${f(sigma)} feed z = mu + sigma times epsilon = ${f(z)}; epsilon = ${f(epsilon)} comes from N(0, 1) outside the path; z feeds the loss f(z) = z squared. The gradient path loss to z to mu and sigma is highlighted.`;
  return (
    <svg className="graph" viewBox="0 0 360 190" width={360} role="img" aria-label={label}>
      <defs>
        <marker id={`arrow${id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" className="graph__arrowhead" />
        </marker>
        <marker
          id={`gradient${id}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 z" className="graph__arrowhead graph__arrowhead--gradient" />
        </marker>
      </defs>
      <path className="graph__edge" d="M66 40 L138 78" markerEnd={arrow} />
      <path className="graph__edge" d="M66 130 L138 98" markerEnd={arrow} />
      <path className="graph__edge" d="M240 88 L284 88" markerEnd={arrow} />
      {!direct && <path className="graph__edge graph__edge--noise" d="M188 150 L188 110" markerEnd={arrow} />}
      {direct ? (
        <g className="graph__blocked">
          <path d="M92 48 l14 14 m0 -14 l-14 14" />
          <path d="M92 108 l14 14 m0 -14 l-14 14" />
        </g>
      ) : (
        <g className="graph__gradient">
          <path d="M282 100 L244 100" markerEnd={gradientArrow} />
          <path d="M136 90 L64 52" markerEnd={gradientArrow} />
          <path d="M136 104 L64 142" markerEnd={gradientArrow} />
        </g>
      )}
      <g className="graph__node">
        <rect x="6" y="22" width="58" height="34" rx="6" />
        <text x="35" y="44" textAnchor="middle" fontSize="13">
          μ = {f(mu)}
        </text>
        <rect x="6" y="114" width="58" height="34" rx="6" />
        <text x="35" y="136" textAnchor="middle" fontSize="13">
          σ = {f(sigma)}
        </text>
        <rect x="286" y="70" width="68" height="36" rx="6" />
        <text x="320" y="86" textAnchor="middle" fontSize="12">
          f(z) = z²
        </text>
        <text x="320" y="100" textAnchor="middle" fontSize="12">
          = {f(z * z)}
        </text>
      </g>
      {direct ? (
        <g className="graph__node graph__node--random">
          <ellipse cx="188" cy="88" rx="52" ry="24" />
          <text x="188" y="85" textAnchor="middle" fontSize="12">
            z ~ N(μ, σ²)
          </text>
          <text x="188" y="100" textAnchor="middle" fontSize="12">
            z = {f(z)}
          </text>
        </g>
      ) : (
        <>
          <g className="graph__node">
            <rect x="138" y="66" width="102" height="44" rx="6" />
            <text x="189" y="84" textAnchor="middle" fontSize="12">
              z = μ + σ·ε
            </text>
            <text x="189" y="100" textAnchor="middle" fontSize="12">
              = {f(z)}
            </text>
          </g>
          <g className="graph__node graph__node--random">
            <ellipse cx="188" cy="168" rx="72" ry="18" />
            <text x="188" y="172" textAnchor="middle" fontSize="12">
              ε ~ N(0, 1): {f(epsilon)}
            </text>
          </g>
        </>
      )}
    </svg>
  );
}
