import { useState } from 'react';
import { vanishingGradientsSpec } from '../../../shared/widgets/specs/vanishing-gradients';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { LinePlot } from '../controls/LinePlot';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed, formatMagnitude, formatPowerOfTen } from '../math/format';
import { linearRnnNorms, lstmCellNorms, sigmoid, tanhRnnNorms } from './gradient-flow-math';

const { props: spec } = vanishingGradientsSpec;
const low = -12;
const high = 6;

/** ‖∂h_T/∂h_0‖ over T steps for a linear RNN, a tanh RNN and the LSTM's cell-state path, on a log scale. */
export default function VanishingGradients(props: WidgetProps<'vanishing-gradients'>) {
  const [rho, setRho] = useState(props.singularValue);
  const [steps, setSteps] = useState(props.steps);
  const [forgetBias, setForgetBias] = useState(props.forgetBias);
  const linear = linearRnnNorms(rho, steps);
  const tanh = tanhRnnNorms(rho, steps);
  const lstm = lstmCellNorms(forgetBias, steps);
  const forget = sigmoid(forgetBias);
  const series = (norms: number[]) => [
    [0, 1] as const,
    ...norms.map((norm, index) => [index + 1, clamp(norm)] as const),
  ];
  const last = (norms: number[]) => formatMagnitude(norms.at(-1)!);

  return (
    <WidgetFrame
      title={vanishingGradientsSpec.title}
      intro="Backpropagating through T steps multiplies T Jacobians. Move the recurrent weight's singular value across 1 and watch the gradient vanish or explode; the LSTM's cell path multiplies forget gates instead."
      controls={
        <>
          <RangeField
            label="Singular value ρ of W_hh"
            value={rho}
            min={spec.singularValue.min}
            max={spec.singularValue.max}
            step={0.01}
            format={(value) => formatFixed(value, 2)}
            onChange={setRho}
          />
          <RangeField label="Time steps T" value={steps} min={1} max={spec.steps.max} step={1} onChange={setSteps} />
          <RangeField
            label="Forget-gate bias b_f"
            value={forgetBias}
            min={spec.forgetBias.min}
            max={spec.forgetBias.max}
            step={0.1}
            format={(value) => formatFixed(value, 1)}
            onChange={setForgetBias}
          />
        </>
      }
    >
      <div className="widget-readout" aria-live="polite">
        <p className="widget-result">‖∂h_T/∂h_0‖ after T = {steps} steps</p>
        <ul className="widget-legend">
          <li>
            Linear RNN: ρ^T = {formatFixed(rho, 2)}^{steps} = {last(linear)}
          </li>
          <li className="legend--b">tanh RNN (8 units, simulated): {last(tanh)}</li>
          <li className="legend--c">
            LSTM cell path: σ(b_f)^T = {formatFixed(forget, 3)}^{steps} = {last(lstm)}
          </li>
        </ul>
      </div>
      <LinePlot
        label={`Gradient norm against time step on a log scale from 10 to the minus 12 to 10 to the 6: linear RNN ${last(linear)}, tanh RNN ${last(tanh)}, LSTM cell path ${last(lstm)} at step ${steps}`}
        x={{ min: 0, max: Math.max(steps, 1), ticks: [0, Math.max(steps, 1)], label: 'time steps back' }}
        y={{
          min: 10 ** low,
          max: 10 ** high,
          log: true,
          ticks: [1e-12, 1e-8, 1e-4, 1, 1e4],
          label: 'gradient norm',
          format: formatPowerOfTen,
        }}
        series={[
          {
            points: [
              [0, 1],
              [Math.max(steps, 1), 1],
            ],
            className: 'plot-line--guide',
          },
          { points: series(linear), className: 'plot-line--a' },
          { points: series(tanh), className: 'plot-line--b' },
          { points: series(lstm), className: 'plot-line--c' },
        ]}
        width={380}
        height={230}
      />
      <p className="widget-note">{verdict(rho, forget)}</p>
    </WidgetFrame>
  );
}

function clamp(norm: number): number {
  return Math.min(10 ** (high + 1), Math.max(10 ** (low - 1), norm));
}

function verdict(rho: number, forget: number): string {
  const rnn =
    rho < 0.995
      ? `With ρ = ${formatFixed(rho, 2)} < 1 the vanilla RNN's gradient shrinks geometrically: early steps barely affect the loss.`
      : rho > 1.005
        ? `With ρ = ${formatFixed(rho, 2)} > 1 the linear RNN's gradient grows geometrically (gradient clipping exists for this); tanh's saturation can hold it back, but not reliably.`
        : 'With ρ ≈ 1 the linear RNN keeps the gradient, but only on a knife edge.';
  return `${rnn} The LSTM's cell state is updated additively, c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t, so along that path the gradient is multiplied by the forget gate f = σ(b_f) = ${formatFixed(forget, 3)} per step, with no weight matrix and no tanh′: a forget-gate bias near 1 or above keeps it alive for many steps (Gers et al. 2000; Jozefowicz et al. 2015).`;
}
