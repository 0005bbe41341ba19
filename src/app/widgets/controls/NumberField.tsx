import { useId, useState } from 'react';
import { useHydrated } from '../../components/use-hydrated';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** 1 for whole numbers. */
  step?: number;
  onChange: (value: number) => void;
  /** Keep the label for screen readers only (in a grid of inputs that is labelled as a whole). */
  labelHidden?: boolean;
}

/**
 * A labelled number box. What the learner types is kept as typed; only a valid value within
 * [min, max] reaches the widget, anything else is flagged next to the box until corrected.
 */
export function NumberField({ label, value, min, max, step = 1, onChange, labelHidden = false }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(value);
  const valid = text === null || parseWithin(text, min, max, step) !== undefined;

  return (
    <div className="widget-field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={shown}
        disabled={!hydrated}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseWithin(event.target.value, min, max, step);
          if (parsed !== undefined) onChange(parsed);
        }}
        onBlur={() => {
          setText(null);
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="widget-field__error">
          {step === 1 ? 'a whole number' : 'a number'} from {min} to {max}
        </span>
      )}
    </div>
  );
}

function parseWithin(text: string, min: number, max: number, step: number): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) return undefined;
  if (step === 1 && !Number.isInteger(value)) return undefined;
  return value;
}
