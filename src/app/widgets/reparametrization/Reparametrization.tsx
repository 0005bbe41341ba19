import { useState } from 'react';
import { reparametrizationSpec } from '../../../shared/widgets/specs/reparametrization';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { ChoiceField } from '../controls/ChoiceField';
import { LinePlot } from '../controls/LinePlot';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { ComputationGraph } from './ComputationGraph';
import { pathwiseGradient, reparametrize, runEstimators, trueGradientSigma } from './reparametrization-math';
import './reparametrization.css';

type Mode = WidgetProps<'reparametrization'>['mode'];
const { props: spec } = reparametrizationSpec;
const f = (value: number) => formatFixed(value, 2);
const modes: { value: Mode; label: string }[] = [
  { value: 'reparametrized', label: 'z = μ + σ·ε (reparametrized)' },
  { value: 'direct', label: 'z ~ N(μ, σ²) (sampled directly)' },
];

/** Where the noise sits in z = μ + σ·ε, and the gradient estimators it allows, on the toy loss f(z) = z². */
export default function Reparametrization(props: WidgetProps<'reparametrization'>) {
  const [values, setValues] = useState(() => ({ ...props }));
  const { mu, sigma, epsilon, samples, mode } = values;
  const z = reparametrize(mu, sigma, epsilon);
  const gradient = pathwiseGradient(mu, sigma, epsilon);
  const set = (field: 'mu' | 'sigma' | 'epsilon' | 'samples') => (value: number) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <WidgetFrame
      title={reparametrizationSpec.title}
      intro="The loss is f(z) = z² with z drawn from N(μ, σ²). Switch how z is drawn and follow the gradient back to μ and σ."
      controls={
        <>
          <ChoiceField
            legend="Sampling"
            value={mode}
            options={modes}
            onChange={(next) => {
              setValues((current) => ({ ...current, mode: next }));
            }}
          />
          <RangeField
            label="μ"
            value={mu}
            min={spec.mu.min}
            max={spec.mu.max}
            step={0.1}
            format={f}
            onChange={set('mu')}
          />
          <RangeField
            label="σ"
            value={sigma}
            min={spec.sigma.min}
            max={spec.sigma.max}
            step={0.1}
            format={f}
            onChange={set('sigma')}
          />
          <RangeField
            label="Noise ε"
            value={epsilon}
            min={spec.epsilon.min}
            max={spec.epsilon.max}
            step={0.1}
            format={f}
            onChange={set('epsilon')}
          />
        </>
      }
    >
      <ComputationGraph mode={mode} mu={mu} sigma={sigma} epsilon={epsilon} z={z} />
      <div className="widget-readout">
        {mode === 'reparametrized' ? (
          <>
            <p className="widget-formula">
              z = μ + σ·ε = {f(mu)} + {f(sigma)} × {f(epsilon)} = {f(z)}; f(z) = z² = {f(z * z)}
            </p>
            <p className="widget-result" aria-live="polite">
              ∂f/∂μ = 2z = {f(gradient.mu)} · ∂f/∂σ = 2z·ε = {f(gradient.sigma)}
            </p>
            <p className="widget-note">
              ε enters from the side and has no parameters, so z is a deterministic, differentiable function of μ and σ:
              backpropagation follows the highlighted path from the loss to μ and σ.
            </p>
          </>
        ) : (
          <>
            <p className="widget-formula">
              z = {f(z)} drawn from N({f(mu)}, {f(sigma)}²); f(z) = {f(z * z)}
            </p>
            <p className="widget-result" aria-live="polite">
              ∂z/∂μ and ∂z/∂σ: undefined
            </p>
            <p className="widget-note">
              A sample is not a function of μ and σ that backpropagation can differentiate: the gradient stops at the
              sampling node. Without the trick, the only estimator left is the score function (REINFORCE), below.
            </p>
          </>
        )}
      </div>
      <Estimators mu={mu} sigma={sigma} samples={samples} onSamples={set('samples')} />
    </WidgetFrame>
  );
}

function Estimators({
  mu,
  sigma,
  samples,
  onSamples,
}: {
  mu: number;
  sigma: number;
  samples: number;
  onSamples: (samples: number) => void;
}) {
  const run = runEstimators(mu, sigma, samples);
  const truth = trueGradientSigma(sigma);
  const pathwise = run.pathwise.at(-1)!;
  const score = run.scoreFunction.at(-1)!;
  const extent = Math.max(2 * Math.abs(truth), ...run.scoreFunction.slice(Math.min(9, samples - 1)).map(Math.abs), 1);
  const top = Math.ceil(extent);
  const series = (values: number[]) => values.map((value, index) => [index + 1, value] as const);

  return (
    <div className="reparametrization__estimators">
      <RangeField label="Samples averaged" value={samples} min={1} max={1000} step={1} onChange={onSamples} />
      <p className="widget-readout">
        Estimates of ∂E[f]/∂σ after {samples} sample{samples === 1 ? '' : 's'}: reparametrized (pathwise) {f(pathwise)},
        score function (REINFORCE) {f(score)}; the true value is 2σ = {f(truth)}. One sample&apos;s estimate spreads by{' '}
        {f(run.pathwiseSpread)} (pathwise) against {f(run.scoreFunctionSpread)} (score function).
      </p>
      <LinePlot
        label={`Running means of the two estimates of the gradient with respect to sigma over ${samples} samples, with the true value ${f(truth)} as a dotted line`}
        x={{ min: 1, max: Math.max(samples, 2), ticks: [1, Math.max(samples, 2)], label: 'samples averaged' }}
        y={{ min: -top, max: top, ticks: [-top, 0, top], label: '∂E[f]/∂σ', format: f }}
        series={[
          {
            points: [
              [1, truth],
              [Math.max(samples, 2), truth],
            ],
            className: 'plot-line--guide',
          },
          { points: series(run.pathwise), className: 'plot-line--a' },
          { points: series(run.scoreFunction), className: 'plot-line--b' },
        ]}
      />
      <ul className="widget-legend">
        <li>reparametrized (pathwise): {f(pathwise)}</li>
        <li className="legend--b">score function (REINFORCE): {f(score)}</li>
        <li className="legend--guide">true gradient 2σ: {f(truth)}</li>
      </ul>
    </div>
  );
}
