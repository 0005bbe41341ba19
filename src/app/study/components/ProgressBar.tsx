import { useId } from 'react';
import './study.css';

/** "N of M questions studied" with a bar; the bar's accessible name is the same text. */
export function ProgressBar({
  value,
  max,
  label = 'questions studied',
}: {
  value: number;
  max: number;
  label?: string;
}) {
  const id = useId();
  return (
    <div className="progress">
      <span id={id} className="progress__text">
        {value} of {max} {label}
      </span>
      <progress className="progress__bar" value={value} max={Math.max(max, 1)} aria-labelledby={id} />
    </div>
  );
}
