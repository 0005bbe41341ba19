import { useState } from 'react';
import { logisticTrainingSpec } from '../../../shared/widgets/specs/logistic-training';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { ChoiceField } from '../controls/ChoiceField';
import { LinePlot } from '../controls/LinePlot';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { BoundaryPlot } from './BoundaryPlot';
import {
  accuracy,
  directionDegrees,
  lossAndGradient,
  maxMarginSeparator,
  optimizerNames,
  train,
  type Optimizer,
} from './logistic-math';
import { toyData } from './toy-data';

type Data = WidgetProps<'logistic-training'>['data'];
const optimizers: Optimizer[] = ['gd', 'momentum', 'adam'];
const lineClasses: Record<Optimizer, string> = { gd: 'plot-line--a', momentum: 'plot-line--b', adam: 'plot-line--c' };
const legendClasses: Record<Optimizer, string | undefined> = {
  gd: undefined,
  momentum: 'legend--b',
  adam: 'legend--c',
};
const rates = [0.01, 0.03, 0.1, 0.3, 1];
const dataOptions: { value: Data; label: string }[] = [
  { value: 'separable', label: 'Separable' },
  { value: 'overlapping', label: 'Overlapping' },
];

/** Logistic regression trained three ways on 2-D toy data: the boundaries, and the weight norm over training. */
export default function LogisticTraining(props: WidgetProps<'logistic-training'>) {
  const [data, setData] = useState<Data>(props.data);
  const [steps, setSteps] = useState(props.steps);
  const [rateIndex, setRateIndex] = useState(() => nearestRate(props.learningRate));
  const rate = rates[rateIndex]!;
  const points = toyData[data];
  const runs = optimizers.map((optimizer) => ({ optimizer, run: train(points, optimizer, rate, steps) }));
  const separator = maxMarginSeparator(points);
  const margin = separator && directionDegrees(separator.w);
  const topNorm = Math.max(1, ...runs.map(({ run }) => Math.max(...run.weightNorms)));
  const yMax = Math.ceil(topNorm);

  return (
    <WidgetFrame
      title={logisticTrainingSpec.title}
      intro="Train from w = 0 with three optimizers. On separable data the loss has no minimum: the weights grow without bound while their direction settles."
      controls={
        <>
          <ChoiceField legend="Data" value={data} options={dataOptions} onChange={setData} />
          <RangeField
            label="Training steps"
            value={steps}
            min={0}
            max={logisticTrainingSpec.props.steps.max}
            step={50}
            onChange={setSteps}
          />
          <RangeField
            label="Learning rate"
            value={rateIndex}
            min={0}
            max={rates.length - 1}
            step={1}
            format={(index) => String(rates[index])}
            onChange={setRateIndex}
          />
        </>
      }
    >
      <div className="widget-figures">
        <BoundaryPlot
          points={points}
          models={runs.map(({ optimizer, run }) => ({ model: run.model, className: lineClasses[optimizer] }))}
          separator={separator}
        />
        <LinePlot
          label={`Weight norm against training step for the three optimizers; after ${steps} steps: ${runs.map(({ optimizer, run }) => `${optimizerNames[optimizer]} ${formatFixed(run.weightNorms.at(-1)!, 2)}`).join(', ')}`}
          x={{ min: 0, max: Math.max(steps, 1), ticks: [0, Math.max(steps, 1)], label: 'step' }}
          y={{ min: 0, max: yMax, ticks: [0, yMax / 2, yMax], label: '‖w‖', format: (value) => formatFixed(value, 1) }}
          series={runs.map(({ optimizer, run }) => ({
            points: thin(run.weightNorms),
            className: lineClasses[optimizer],
          }))}
          width={320}
          height={220}
        />
      </div>
      <ul className="widget-legend">
        {optimizers.map((optimizer) => (
          <li key={optimizer} className={legendClasses[optimizer]}>
            {optimizerNames[optimizer]}
          </li>
        ))}
        {separator && <li className="legend--guide">max-margin separator</li>}
      </ul>
      <p className="widget-note">
        Discs are class 1, squares class 0; each line is an optimizer’s boundary w·x + b = 0.
      </p>
      <p className="widget-note">
        After {steps} steps at learning rate {rate}
        {margin === undefined ? '' : `; the max-margin direction is ${formatFixed(margin, 1)}°`}
      </p>
      <div className="widget-table-wrap">
        <table className="widget-table">
          <thead>
            <tr>
              <th scope="col">Optimizer</th>
              <th scope="col">‖w‖</th>
              <th scope="col">angle of w</th>
              <th scope="col">loss</th>
              <th scope="col">accuracy</th>
            </tr>
          </thead>
          <tbody>
            {runs.map(({ optimizer, run }) => (
              <tr key={optimizer}>
                <th scope="row" className={`logistic__name ${legendClasses[optimizer] ?? ''}`}>
                  {optimizerNames[optimizer]}
                </th>
                <td>{formatFixed(Math.hypot(...run.model.w), 2)}</td>
                <td>{steps === 0 ? '—' : `${formatFixed(directionDegrees(run.model.w), 1)}°`}</td>
                <td>{formatFixed(lossAndGradient(run.model, points).loss, 3)}</td>
                <td>{Math.round(accuracy(run.model, points) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="widget-note">
        {margin === undefined
          ? 'No line separates these points, so the loss has a finite minimum: the norms level off and the three optimizers head for the same model.'
          : `Every step still lowers the loss by growing ‖w‖, so the norms never level off. The direction of w creeps towards the max-margin separator (${formatFixed(margin, 1)}°, Soudry et al. 2018), only logarithmically fast for gradient descent; momentum and Adam get there along other paths at other speeds. At any finite step the three are different models: same direction roughly, different norms, so different confidence.`}
      </p>
    </WidgetFrame>
  );
}

/** At most about 200 points of a curve, always with its last one. */
function thin(values: number[]): (readonly [number, number])[] {
  const stride = Math.max(1, Math.ceil(values.length / 200));
  return values
    .map((value, index) => [index, value] as const)
    .filter(([index]) => index % stride === 0 || index === values.length - 1);
}

function nearestRate(rate: number): number {
  let best = 0;
  rates.forEach((choice, index) => {
    if (Math.abs(Math.log(choice / rate)) < Math.abs(Math.log(rates[best]! / rate))) best = index;
  });
  return best;
}
