import { useId } from 'react';
import { useHydrated } from '../../components/use-hydrated';

interface Props<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled group of radio buttons (arrow keys move between them). */
export function ChoiceField<V extends string>({ legend, value, options, onChange }: Props<V>) {
  const name = useId();
  const hydrated = useHydrated();
  return (
    <fieldset className="widget-field widget-choice" disabled={!hydrated}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="widget-choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => {
              onChange(option.value);
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
