import { useState } from 'react';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { convGeometrySpec } from '../../../shared/widgets/specs/conv-geometry';
import { NumberField } from '../controls/NumberField';
import { RangeField } from '../controls/RangeField';
import { useHydrated } from '../../components/use-hydrated';
import { WidgetFrame } from '../controls/WidgetFrame';
import { ConvGrid } from './ConvGrid';
import {
  convOutputSize,
  effectiveKernelSize,
  kernelTaps,
  outputSizeSteps,
  samePadding,
  uncoveredCells,
  type ConvGeometry as Geometry,
} from './conv-geometry-math';
import './conv-geometry.css';

const { props: spec } = convGeometrySpec;
const fields = [
  ['input', 'Input size'],
  ['kernel', 'Kernel size'],
  ['padding', 'Padding'],
  ['stride', 'Stride'],
  ['dilation', 'Dilation'],
] as const;

/** Input, kernel, padding, stride and dilation → output size, with the kernel's footprint on the padded input. */
export default function ConvGeometry(props: WidgetProps<'conv-geometry'>) {
  const hydrated = useHydrated();
  const [geometry, setGeometry] = useState<Geometry>(() => ({ ...props }));
  const [position, setPosition] = useState(1);
  const output = convOutputSize(geometry);
  const same = samePadding(geometry);
  const padded = geometry.input + 2 * geometry.padding;
  const set = (field: keyof Geometry) => (value: number) => {
    setGeometry((current) => ({ ...current, [field]: value }));
  };

  const controls = (
    <>
      {fields.map(([field, label]) => (
        <NumberField
          key={field}
          label={label}
          value={geometry[field]}
          min={spec[field].min}
          max={spec[field].max}
          onChange={set(field)}
        />
      ))}
      <div className="conv-geometry__presets" role="group" aria-label="Presets">
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => {
            set('padding')(0);
          }}
        >
          Valid (p = 0)
        </button>
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => {
            set('padding')(same.padding);
          }}
        >
          Same (p = {same.padding})
        </button>
      </div>
    </>
  );

  return (
    <WidgetFrame
      title={convGeometrySpec.title}
      intro="Change the numbers and watch the output size and where the kernel lands on the padded input."
      controls={controls}
    >
      <div className="widget-readout">
        <p className="widget-result" aria-live="polite">
          <output>{output === undefined ? 'Output size: none' : `Output size: ${output}`}</output>
        </p>
        <p className="widget-formula">{outputSizeSteps(geometry).join(' = ')}</p>
        <p className="widget-note">{describeGeometry(geometry, output, same)}</p>
      </div>
      {output === undefined ? (
        <p>
          The kernel spans {effectiveKernelSize(geometry)} cells but the padded input has only {padded}: there is no
          valid position. Add padding, or shrink the kernel or the dilation.
        </p>
      ) : (
        <KernelPlacement
          geometry={geometry}
          output={output}
          position={Math.min(position, output * output)}
          onPosition={setPosition}
        />
      )}
    </WidgetFrame>
  );
}

function KernelPlacement({
  geometry,
  output,
  position,
  onPosition,
}: {
  geometry: Geometry;
  output: number;
  position: number;
  onPosition: (position: number) => void;
}) {
  const row = Math.floor((position - 1) / output);
  const column = (position - 1) % output;
  const rows = kernelTaps(geometry, row);
  const columns = kernelTaps(geometry, column);
  const padded = geometry.input + 2 * geometry.padding;
  const taps = rows.flatMap((r) => columns.map((c) => [r, c] as const));
  const span = (cells: number[]) => `${cells[0]! + 1}–${cells.at(-1)! + 1}`;
  const list = (cells: number[]) => cells.map((cell) => cell + 1).join(', ');
  const where = `output cell (row ${row + 1}, column ${column + 1})`;

  return (
    <>
      <RangeField
        label="Kernel position"
        value={position}
        min={1}
        max={output * output}
        step={1}
        onChange={onPosition}
        format={(value) => `${value} of ${output * output}`}
      />
      <p className="widget-readout">
        The {where} reads rows {list(rows)} and columns {list(columns)} of the {padded} × {padded} padded input (the
        kernel spans rows {span(rows)}, columns {span(columns)}).
      </p>
      <div className="widget-figures">
        <figure className="conv-geometry__figure">
          <ConvGrid
            size={padded}
            padding={geometry.padding}
            marked={taps}
            frame={[rows[0]!, columns[0]!, rows.at(-1)!, columns.at(-1)!]}
            width={300}
            label={`Padded input, ${padded} by ${padded}, zeros added around it shaded; the kernel's ${taps.length} taps for the ${where} are filled`}
          />
          <figcaption>
            Padded input, {padded} × {padded}
          </figcaption>
        </figure>
        <figure className="conv-geometry__figure">
          <ConvGrid
            size={output}
            padding={0}
            marked={[[row, column]]}
            width={Math.min(160, output * 30)}
            label={`Output, ${output} by ${output}, with the ${where} filled`}
          />
          <figcaption>
            Output, {output} × {output}
          </figcaption>
        </figure>
      </div>
    </>
  );
}

function describeGeometry(geometry: Geometry, output: number | undefined, same: { padding: number; exact: boolean }) {
  const { input, padding } = geometry;
  const square = output === undefined ? '' : `A ${input} × ${input} input gives a ${output} × ${output} map. `;
  const mode =
    padding === 0
      ? '“Valid” padding (p = 0): the kernel stays inside the input.'
      : padding === same.padding && same.exact
        ? `“Same” padding: p = d(k − 1)/2 = ${padding} keeps the size at stride 1.`
        : `Custom padding p = ${padding}.`;
  const evenKernel = same.exact
    ? ''
    : ' The dilated kernel spans an even number of cells, so no symmetric padding keeps the size: TensorFlow’s “same” pads one more cell on the right and bottom.';
  const skipped = uncoveredCells(geometry);
  const leftover =
    skipped > 0
      ? ` The stride leaves the last ${skipped} row${skipped === 1 ? '' : 's'} and column${skipped === 1 ? '' : 's'} of the padded input unread.`
      : '';
  return square + mode + evenKernel + leftover;
}
