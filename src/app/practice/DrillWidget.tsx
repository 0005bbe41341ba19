import { Link } from 'react-router-dom';
import { practicePagePath } from '../../shared/routes';
import type { WidgetProps } from '../../shared/widgets/widget-registry';
import { DrillCard } from './DrillCard';

/** A drill placed in a question's body with `::widget{name="drill" kind="..."}`. */
export default function DrillWidget({ kind, seed }: WidgetProps<'drill'>) {
  return (
    <div className="drill-widget">
      <DrillCard kind={kind} seed={seed} />
      <p className="drill-widget__more">
        More drills on the <Link to={practicePagePath}>practice page</Link>.
      </p>
    </div>
  );
}
