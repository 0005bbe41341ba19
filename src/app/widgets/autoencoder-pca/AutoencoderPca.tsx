import { useState } from 'react';
import { autoencoderPcaSpec } from '../../../shared/widgets/specs/autoencoder-pca';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { ChoiceField } from '../controls/ChoiceField';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { curveData } from './curve-data';
import { ReconstructionPlot } from './ReconstructionPlot';
import {
  countFlags,
  distance,
  fitPcaLine,
  reconstructWithCurve,
  reconstructWithPca,
  type FlagCounts,
} from './reconstruction-math';

type Model = WidgetProps<'autoencoder-pca'>['model'];
const models: { value: Model; label: string }[] = [
  { value: 'pca', label: 'PCA line (linear 1-D code)' },
  { value: 'nonlinear', label: 'Non-linear 1-D code' },
];

// The data and both reconstructions are fixed: computed once when the widget's code loads.
const data = curveData();
const line = fitPcaLine(data);
const anomalies = data.map((point) => point.anomaly);
const reconstructions = {
  pca: data.map((point) => reconstructWithPca(point, line)),
  nonlinear: data.map((point) => reconstructWithCurve(point)),
};
const errors = {
  pca: data.map((point, index) => distance(point, reconstructions.pca[index]!)),
  nonlinear: data.map((point, index) => distance(point, reconstructions.nonlinear[index]!)),
};
const normalError = (model: Model) => {
  const normal = errors[model].filter((_, index) => !anomalies[index]);
  return normal.reduce((sum, error) => sum + error, 0) / normal.length;
};

/** Data on a curve through a 1-D code: the PCA line against a non-linear code, and anomalies flagged by error. */
export default function AutoencoderPca(props: WidgetProps<'autoencoder-pca'>) {
  const [model, setModel] = useState<Model>(props.model);
  const [threshold, setThreshold] = useState(props.threshold);
  const flags = errors[model].map((error) => error > threshold);

  return (
    <WidgetFrame
      title={autoencoderPcaSpec.title}
      intro="30 points lie near a curve; 3 (crosses) do not. Both models squeeze each point into one number and reconstruct it; points reconstructed worse than the threshold are flagged."
      controls={
        <>
          <ChoiceField legend="Reconstruct with" value={model} options={models} onChange={setModel} />
          <RangeField
            label="Anomaly threshold"
            value={threshold}
            min={autoencoderPcaSpec.props.threshold.min}
            max={autoencoderPcaSpec.props.threshold.max}
            step={0.05}
            format={(value) => formatFixed(value, 2)}
            onChange={setThreshold}
          />
        </>
      }
    >
      <ReconstructionPlot
        points={data}
        reconstructions={reconstructions[model]}
        flags={flags}
        line={model === 'pca' ? line : undefined}
        label={`${models.find((option) => option.value === model)!.label}: ${describe(countFlags(errors[model], anomalies, threshold))}`}
      />
      <p className="widget-note">
        Discs are normal points, crosses the anomalies, rings the flagged points; a grey segment joins each point to its
        reconstruction on the dashed {model === 'pca' ? 'PCA line' : 'curve'}.
      </p>
      <div className="widget-readout" aria-live="polite">
        <ul className="autoencoder-pca__counts">
          {models.map((option) => (
            <li key={option.value}>
              <strong>{option.label}:</strong> {describe(countFlags(errors[option.value], anomalies, threshold))} Mean
              reconstruction error of the normal points {formatFixed(normalError(option.value), 2)}.
            </li>
          ))}
        </ul>
        <p className="widget-note">
          A linear 1-D code can only project onto a line, so the ends and the middle of the curve reconstruct badly and
          look anomalous. The non-linear code here is the nearest point of the curve the data came from: the best any
          autoencoder with a 1-D code could learn. It reconstructs normal points almost exactly, so the error singles
          out the true anomalies.
        </p>
      </div>
    </WidgetFrame>
  );
}

function describe(counts: FlagCounts): string {
  return (
    `flags ${counts.flagged} point${counts.flagged === 1 ? '' : 's'}: ${counts.anomaliesFlagged} of the ${counts.anomalies} anomalies ` +
    `and ${counts.normalFlagged} normal point${counts.normalFlagged === 1 ? '' : 's'}.`
  );
}
