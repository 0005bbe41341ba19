import { Link, useLocation } from 'react-router-dom';
import { practicePageHead } from '../../shared/widgets/practice-page';
import { drillKinds, type DrillKind } from '../../shared/widgets/specs/drill';
import { Breadcrumb } from '../components/Breadcrumb';
import { useDocumentHead } from '../components/use-document-head';
import { useHydrated } from '../components/use-hydrated';
import { DrillCard } from './DrillCard';

/** `/practice`: every drill, each starting at problem #1, or at the problem a link names (`?drill=...&seed=...`). */
export default function PracticePage() {
  useDocumentHead(practicePageHead.title, practicePageHead.description);
  const { search } = useLocation();
  // The prerendered page cannot know the query string: it is applied once the app runs.
  const hydrated = useHydrated();
  const requested = hydrated ? readRequest(search) : undefined;

  return (
    <article className="page page--practice">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: practicePageHead.title }]} />
      <h1>{practicePageHead.title}</h1>
      <p className="lead">
        Generated problems with instant checking. Type your answer, press Check, and compare with the worked solution.
        Each problem has a number: the link under it brings back the same problem.
      </p>
      <p>
        The explorables on the <Link to="/">topic pages</Link> show the same mechanisms with sliders.
      </p>
      {drillKinds.map((kind) => {
        const seed = requested?.kind === kind ? requested.seed : 1;
        return <DrillCard key={`${kind}-${seed}`} kind={kind} seed={seed} titleAs="h2" id={`drill-${kind}`} />;
      })}
    </article>
  );
}

function readRequest(search: string): { kind: DrillKind; seed: number } | undefined {
  const params = new URLSearchParams(search);
  const kind = params.get('drill');
  const seed = Number(params.get('seed'));
  if (!drillKinds.includes(kind as DrillKind) || !Number.isInteger(seed) || seed < 1 || seed > 999999) return undefined;
  return { kind: kind as DrillKind, seed };
}
