import { useState } from 'react';
import { positionalEncodingSpec } from '../../../shared/widgets/specs/positional-encoding';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { LinePlot } from '../controls/LinePlot';
import { RangeField } from '../controls/RangeField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed, formatMagnitude } from '../math/format';
import { EncodingHeatmap } from './EncodingHeatmap';
import { dotProductAtOffset, dotProductsWith, frequency, positionalEncoding } from './positional-encoding-math';
import './positional-encoding.css';

const { props: spec } = positionalEncodingSpec;
const offsets = [0, 1, 2, 4, 8, 16];

/** The sinusoidal encoding as a heatmap, and the dot product of one position's encoding with every other. */
export default function PositionalEncoding(props: WidgetProps<'positional-encoding'>) {
  const [dModel, setDModel] = useState(props.dModel);
  const [reference, setReference] = useState(props.position);
  const positions = props.positions;
  const encoding = positionalEncoding(reference, dModel);
  const dots = dotProductsWith(reference, positions, dModel);
  const half = dModel / 2;

  return (
    <WidgetFrame
      title={positionalEncodingSpec.title}
      intro="Each position gets a vector of sines and cosines at falling frequencies. Pick a position and see how its encoding lines up with the others."
      controls={
        <>
          <RangeField
            label="d_model"
            value={dModel}
            min={spec.dModel.min}
            max={spec.dModel.max}
            step={2}
            onChange={setDModel}
          />
          <RangeField
            label="Reference position"
            value={reference}
            min={0}
            max={positions - 1}
            step={1}
            onChange={setReference}
          />
        </>
      }
    >
      <div className="widget-figures">
        <figure className="pe__figure">
          <EncodingHeatmap positions={positions} dModel={dModel} reference={reference} />
          <figcaption>
            PE(pos, 2i) = sin(pos · ω_i), PE(pos, 2i + 1) = cos(pos · ω_i), ω_i = 1/10000^(2i/d_model)
          </figcaption>
        </figure>
        <figure className="pe__figure">
          <LinePlot
            label={`Dot product of the encoding of position ${reference} with every position from 0 to ${positions - 1}; it peaks at ${formatFixed(half, 1)} at position ${reference}`}
            x={{ min: 0, max: positions - 1, ticks: [0, reference, positions - 1], label: 'position' }}
            y={{
              min: -half,
              max: half,
              ticks: [-half, 0, half],
              label: `PE(${reference}) · PE(pos)`,
              format: (value) => formatFixed(value, 0),
            }}
            series={[{ points: dots.map((dot, position) => [position, dot] as const), className: 'plot-line--a' }]}
            overlay={(x, y) => <circle className="pe__peak" cx={x(reference)} cy={y(half)} r={4} />}
          />
          <figcaption>
            Similarity to position {reference} falls off with distance, the same way on both sides.
          </figcaption>
        </figure>
      </div>
      <div className="widget-readout">
        <p>
          <strong>PE({reference})</strong>, all {dModel} dimensions:{' '}
          <span className="widget-formula">{encoding.map((value) => formatFixed(value, 2)).join(', ')}</span>
        </p>
        <p>
          PE({reference}) · PE({reference} + k) for k = {offsets.join(', ')}:{' '}
          {offsets.map((k) => formatFixed(dotProductAtOffset(k, dModel), 2)).join(', ')}. These equal Σ_i cos(ω_i k):
          they depend only on the offset k, not on {reference}, and the largest is d_model/2 = {formatFixed(half, 0)} at
          k = 0.
        </p>
        <p className="widget-note">
          At position 0 every even dimension is sin 0 = 0 and every odd one cos 0 = 1. The frequencies run from ω_0 = 1
          radian per position (a wavelength of 2π ≈ 6.3 positions) down to ω_{half - 1} ={' '}
          {formatMagnitude(frequency(half - 1, dModel))} (a wavelength of{' '}
          {formatMagnitude((2 * Math.PI) / frequency(half - 1, dModel))} positions).
        </p>
      </div>
    </WidgetFrame>
  );
}
