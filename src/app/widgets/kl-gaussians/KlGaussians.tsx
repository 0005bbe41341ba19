import { useState } from 'react';
import { klGaussiansSpec } from '../../../shared/widgets/specs/kl-gaussians';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { LinePlot } from '../controls/LinePlot';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { gaussianDensity, klDivergence, klTerms, type Gaussian } from './kl-math';

const { props: spec } = klGaussiansSpec;
const f2 = (value: number) => formatFixed(value, 2);
const f3 = (value: number) => formatFixed(value, 3);

/** Two Gaussians p and q: their densities, and KL(p‖q) and KL(q‖p) from the closed form. */
export default function KlGaussians(props: WidgetProps<'kl-gaussians'>) {
  const [values, setValues] = useState(() => ({ ...props }));
  const p: Gaussian = { mu: values.muP, sigma: values.sigmaP };
  const q: Gaussian = { mu: values.muQ, sigma: values.sigmaQ };
  const pq = klDivergence(p, q);
  const qp = klDivergence(q, p);
  const set = (field: keyof typeof values) => (value: number) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const slider = (field: keyof typeof values, label: string) => (
    <RangeField
      label={label}
      value={values[field]}
      min={spec[field].min}
      max={spec[field].max}
      step={0.1}
      format={f2}
      onChange={set(field)}
    />
  );

  return (
    <WidgetFrame
      title={klGaussiansSpec.title}
      intro="Move the means and spreads. KL(p‖q) and KL(q‖p) agree only when the spreads are equal."
      controls={
        <>
          {slider('muP', 'μ of p')}
          {slider('sigmaP', 'σ of p')}
          {slider('muQ', 'μ of q')}
          {slider('sigmaQ', 'σ of q')}
        </>
      }
    >
      <div className="widget-readout">
        <p className="widget-result" aria-live="polite">
          <output>KL(p‖q) = {f3(pq)} nats</output>
          {' · '}
          <output>KL(q‖p) = {f3(qp)} nats</output>
        </p>
        <p className="widget-formula">{formulaLine(p, q, 'p', 'q')}</p>
        <p className="widget-formula">{formulaLine(q, p, 'q', 'p')}</p>
        <p className="widget-note">{asymmetryNote(p, q, pq, qp)}</p>
      </div>
      <DensityPlot p={p} q={q} />
    </WidgetFrame>
  );
}

function formulaLine(a: Gaussian, b: Gaussian, nameA: string, nameB: string): string {
  const terms = klTerms(a, b);
  return (
    `KL(${nameA}‖${nameB}) = ln(${f2(b.sigma)}/${f2(a.sigma)}) + (${f2(a.sigma)}² + (${f2(a.mu)} − ${f2(b.mu)})²)/(2·${f2(b.sigma)}²) − 0.5` +
    ` = ${f3(terms.logRatio)} + ${f3(terms.spread)} − 0.5 = ${f3(klDivergence(a, b))}`
  );
}

function asymmetryNote(p: Gaussian, q: Gaussian, pq: number, qp: number): string {
  if (Math.abs(pq - qp) < 5e-4) {
    return p.sigma === q.sigma
      ? 'With equal spreads both directions give (μ_p − μ_q)²/(2σ²): here the divergence is symmetric.'
      : 'The two directions happen to agree here.';
  }
  const wider = p.sigma > q.sigma ? 'p' : 'q';
  const narrower = wider === 'p' ? 'q' : 'p';
  return (
    `The two directions differ by ${f3(Math.abs(pq - qp))} nats. KL(${narrower}‖${wider}) is the smaller one: ` +
    `the wider ${wider} covers where ${narrower} puts its mass, while ${wider}'s mass far from ${narrower}'s mean is penalized heavily in KL(${wider}‖${narrower}).`
  );
}

function DensityPlot({ p, q }: { p: Gaussian; q: Gaussian }) {
  const low = Math.floor(Math.min(p.mu - 3.5 * p.sigma, q.mu - 3.5 * q.sigma));
  const high = Math.ceil(Math.max(p.mu + 3.5 * p.sigma, q.mu + 3.5 * q.sigma));
  const peak = Math.max(gaussianDensity(p.mu, p), gaussianDensity(q.mu, q));
  const top = Math.ceil(peak * 10) / 10;
  const steps = 160;
  const curve = (g: Gaussian) =>
    Array.from({ length: steps + 1 }, (_, index) => {
      const x = low + ((high - low) * index) / steps;
      return [x, gaussianDensity(x, g)] as const;
    });
  const span = high - low;
  const tickStep = span > 12 ? 4 : span > 6 ? 2 : 1;
  const xTicks = Array.from({ length: Math.floor(span / tickStep) + 1 }, (_, index) => low + index * tickStep);

  return (
    <figure className="kl-plot">
      <LinePlot
        label={`Densities of p = N(${f2(p.mu)}, ${f2(p.sigma)}²), solid, and q = N(${f2(q.mu)}, ${f2(q.sigma)}²), dashed, for x from ${low} to ${high}`}
        x={{ min: low, max: high, ticks: xTicks, label: 'x' }}
        y={{ min: 0, max: top, ticks: [0, top / 2, top], label: 'density', format: (value) => formatFixed(value, 2) }}
        series={[
          { points: curve(p), className: 'plot-line--a' },
          { points: curve(q), className: 'plot-line--b' },
        ]}
      />
      <ul className="widget-legend">
        <li>
          p = N({f2(p.mu)}, {f2(p.sigma)}²), peak {f3(gaussianDensity(p.mu, p))} at x = {f2(p.mu)}
        </li>
        <li className="legend--b">
          q = N({f2(q.mu)}, {f2(q.sigma)}²), peak {f3(gaussianDensity(q.mu, q))} at x = {f2(q.mu)}
        </li>
      </ul>
    </figure>
  );
}
