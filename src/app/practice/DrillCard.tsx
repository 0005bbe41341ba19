import { useId, useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router-dom';
import { practiceProblemPath } from '../../shared/widgets/practice-page';
import type { DrillKind } from '../../shared/widgets/specs/drill';
import { useHydrated } from '../components/use-hydrated';
import { checkAnswer, formatAnswer, type CheckResult } from './check-answer';
import { drills } from './drill-registry';
import type { Answer } from './drill-types';
import './drill.css';

interface Props {
  kind: DrillKind;
  seed: number;
  /** `h2` on the practice page; a paragraph inside a question's body, whose headings are the content's. */
  titleAs?: 'h2' | 'p';
  /** Set on the practice page, where the card is the target of a problem link. */
  id?: string;
}

const formats: Record<Answer['kind'], string> = {
  integer: 'A whole number.',
  number: 'A number, rounded as the question asks.',
  shape: 'The sizes in order, separated by commas: (2, 8, 10, 64).',
};

/** One drill: a generated problem, an answer box that says right or wrong, and the worked solution. */
export function DrillCard({ kind, seed: initialSeed, titleAs: Title = 'p', id }: Props) {
  const drill = drills[kind];
  const baseId = useId();
  const hydrated = useHydrated();
  const [seed, setSeed] = useState(initialSeed);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<CheckResult | null>(null);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const problem = drill.generate(seed);

  const check = (event: SyntheticEvent) => {
    event.preventDefault();
    const outcome = checkAnswer(problem.answer, typed);
    setResult(outcome);
    if (outcome.status !== 'unreadable') setSolutionOpen(true);
  };
  const next = () => {
    setSeed(1 + Math.floor(Math.random() * 999999));
    setTyped('');
    setResult(null);
    setSolutionOpen(false);
  };

  return (
    <section className="drill" id={id} aria-labelledby={`${baseId}-title`}>
      <Title id={`${baseId}-title`} className="drill__title">
        <span className="drill__kind">Practice</span> {drill.title}
      </Title>
      <p className="drill__prompt">
        <span className="drill__number">Problem #{seed}.</span> {problem.prompt}
      </p>
      <form className="drill__form" onSubmit={check} noValidate>
        <label htmlFor={`${baseId}-answer`}>Your answer</label>
        <input
          id={`${baseId}-answer`}
          type="text"
          inputMode={
            problem.answer.kind === 'shape' ? 'text' : problem.answer.kind === 'integer' ? 'numeric' : 'decimal'
          }
          autoComplete="off"
          spellCheck={false}
          value={typed}
          disabled={!hydrated}
          aria-describedby={`${baseId}-format ${baseId}-feedback`}
          aria-invalid={result?.status === 'unreadable'}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
        />
        <button type="submit" disabled={!hydrated}>
          Check
        </button>
        <span id={`${baseId}-format`} className="drill__format">
          {formats[problem.answer.kind]}
        </span>
      </form>
      <p
        id={`${baseId}-feedback`}
        className={`drill__feedback drill__feedback--${result?.status ?? 'none'}`}
        role="status"
      >
        {feedback(result, problem.answer)}
      </p>
      <details
        className="drill__solution"
        open={solutionOpen}
        onToggle={(event) => {
          setSolutionOpen(event.currentTarget.open);
        }}
      >
        <summary>Worked solution</summary>
        <ol>
          {problem.solution.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      </details>
      <p className="drill__actions">
        <button type="button" onClick={next} disabled={!hydrated}>
          New problem
        </button>
        <Link to={practiceProblemPath(kind, seed)}>Link to this problem</Link>
      </p>
    </section>
  );
}

function feedback(result: CheckResult | null, answer: Answer): string {
  if (!result) return '';
  switch (result.status) {
    case 'right':
      return `Right: ${formatAnswer(answer)}.`;
    case 'wrong':
      return `Not quite: the answer is ${result.expected}. The worked solution shows how.`;
    case 'unreadable':
      return result.help;
  }
}
