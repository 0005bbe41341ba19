import { useId, type ReactNode } from 'react';
import './widget-frame.css';

interface Props {
  title: string;
  /** One sentence on what to try. */
  intro?: ReactNode;
  /** The labelled inputs. */
  controls: ReactNode;
  /** The picture(s) and the same numbers in text. */
  children: ReactNode;
}

/** The box around an explorable: its title, what to try, its controls, then what they change. */
export function WidgetFrame({ title, intro, controls, children }: Props) {
  const titleId = useId();
  return (
    <figure className="widget" aria-labelledby={titleId}>
      <figcaption id={titleId} className="widget__title">
        <span className="widget__kind">Explorable</span> {title}
      </figcaption>
      {intro && <p className="widget__intro">{intro}</p>}
      <div className="widget__controls">{controls}</div>
      <div className="widget__body">{children}</div>
    </figure>
  );
}
