import { useState } from 'react';
import { poolingSpec } from '../../../shared/widgets/specs/pooling';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { ChoiceField } from '../controls/ChoiceField';
import { NumberField } from '../controls/NumberField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { MapGrid } from './MapGrid';
import { pool, pooledSize, selectedCells, toSquareMap, zeroShare, type PoolingOperation } from './pooling-math';
import './pooling.css';

const operations: { value: PoolingOperation; label: string }[] = [
  { value: 'max', label: 'Max' },
  { value: 'average', label: 'Average' },
  { value: 'min', label: 'Min' },
  { value: 'global-max', label: 'Global max' },
  { value: 'global-average', label: 'Global average' },
];

const show = (value: number) => (Number.isInteger(value) ? String(value) : formatFixed(value, 2));
const describeMap = (map: number[][]) => map.map((row) => row.map(show).join(', ')).join(' / ');

/** A small feature map after ReLU, pooled by max, average, min or globally, with all results side by side. */
export default function Pooling(props: WidgetProps<'pooling'>) {
  const [values, setValues] = useState<number[]>(() => [...props.values]);
  const [operation, setOperation] = useState<PoolingOperation>(props.operation);
  const [window, setWindow] = useState(props.window);
  const [stride, setStride] = useState(props.stride);
  const map = toSquareMap(values);
  const side = map.length;
  const size = pooledSize(side, window, stride);
  const pooled = pool(map, operation, window, stride);
  const scale = Math.max(...values, 1);
  const global = operation.startsWith('global');
  const windows = global
    ? [[0, 0, side] as const]
    : Array.from(
        { length: size * size },
        (_, index) => [Math.floor(index / size) * stride, (index % size) * stride, window] as const,
      );
  const selected = operation === 'max' || operation === 'min' ? selectedCells(map, operation, window, stride) : [];
  const setCell = (index: number) => (value: number) => {
    setValues((current) => current.map((old, i) => (i === index ? value : old)));
  };
  const name = operations.find((option) => option.value === operation)!.label.toLowerCase();

  return (
    <WidgetFrame
      title={poolingSpec.title}
      intro="The map is a layer's output after ReLU, so it has no negative values and many zeros. Edit it and compare the poolings."
      controls={
        <>
          <ChoiceField legend="Pooling" value={operation} options={operations} onChange={setOperation} />
          <NumberField label="Window" value={window} min={2} max={Math.min(3, side)} onChange={setWindow} />
          <NumberField label="Stride" value={stride} min={1} max={3} onChange={setStride} />
        </>
      }
    >
      <div className="widget-figures">
        <figure className="pooling__figure">
          <MapGrid
            map={map}
            scale={scale}
            windows={global ? windows : windows.slice(0, 1)}
            selected={selected}
            label={`Feature map, ${side} by ${side}: ${describeMap(map)}. ${selected.length > 0 ? `Circled: the value each output copies.` : ''}`}
          />
          <figcaption>
            Feature map {side} × {side}
            {global ? '' : `, first ${window} × ${window} window outlined`}
          </figcaption>
        </figure>
        <figure className="pooling__figure">
          <MapGrid map={pooled} scale={scale} label={`${name} pooled map: ${describeMap(pooled)}`} />
          <figcaption>
            {operations.find((option) => option.value === operation)!.label} pooled, {pooled.length} × {pooled.length}
          </figcaption>
        </figure>
      </div>
      <fieldset className="pooling__editor">
        <legend>Edit the feature map (values after ReLU, 0 to 99)</legend>
        <div className="pooling__inputs" style={{ gridTemplateColumns: `repeat(${side}, minmax(2.6rem, 3.4rem))` }}>
          {values.map((value, index) => (
            <NumberField
              key={index}
              label={`Row ${Math.floor(index / side) + 1}, column ${(index % side) + 1}`}
              labelHidden
              value={value}
              min={0}
              max={99}
              step={0.01}
              onChange={setCell(index)}
            />
          ))}
        </div>
      </fieldset>
      <Comparison map={map} window={window} stride={stride} />
    </WidgetFrame>
  );
}

function Comparison({ map, window, stride }: { map: number[][]; window: number; stride: number }) {
  return (
    <div className="widget-readout">
      <div className="widget-table-wrap">
        <table className="widget-table pooling__table">
          <caption>
            Every pooling of this map ({window} × {window} windows, stride {stride})
          </caption>
          <thead>
            <tr>
              <th scope="col">Pooling</th>
              <th scope="col">Output, row by row</th>
              <th scope="col">Zeros</th>
            </tr>
          </thead>
          <tbody>
            {operations.map(({ value, label }) => {
              const result = pool(map, value, window, stride);
              return (
                <tr key={value}>
                  <th scope="row">{label}</th>
                  <td>{describeMap(result)}</td>
                  <td>{Math.round(zeroShare(result) * 100)}%</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="widget-note">
        {Math.round(zeroShare(map) * 100)}% of the map is zero. Min pooling keeps a window&apos;s weakest response, and
        after ReLU that is zero as soon as one unit in the window is off: here it zeroes{' '}
        {Math.round(zeroShare(pool(map, 'min', window, stride)) * 100)}% of the outputs, while max pooling keeps the
        strongest response of each window.
      </p>
    </div>
  );
}
