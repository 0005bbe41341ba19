import { useId } from 'react';
import { useHydrated } from '../../components/use-hydrated';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox. */
export function ToggleField({ label, checked, onChange }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  return (
    <div className="widget-field widget-field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!hydrated}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
