import { useId } from 'react';
import { useHydrated } from '../../components/use-hydrated';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the current value is written next to the label (default: the number as is). */
  format?: (value: number) => string;
}

/** A labelled slider with its current value written out. Arrow keys move it by one step. */
export function RangeField({ label, value, min, max, step, onChange, format = String }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  return (
    <div className="widget-field widget-field--range">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={!hydrated}
        aria-valuetext={format(value)}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      />
    </div>
  );
}
