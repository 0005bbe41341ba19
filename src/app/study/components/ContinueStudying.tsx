import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../shared/routes';
import { listPathQuestions, reviewPagePath, studyPathPagePath, type StudyPathData } from '../../../shared/study-path';
import { loadStudyPath } from '../path/path-data-client';
import { findNextQuestion, summarizeProgress } from '../progress/summarize-progress';
import { useNow } from '../use-now';
import { useDropRemovedQuestions, useStudySnapshot } from '../use-study';
import { ProgressBar } from './ProgressBar';
import './study.css';

/**
 * The home page's "Continue" block: the next due (or next new) question and overall progress.
 * The prerendered page shows only the links; the learner's own next step appears after hydration.
 */
export function ContinueStudying() {
  const snapshot = useStudySnapshot();
  const [path, setPath] = useState<StudyPathData | null>(null);
  useEffect(() => {
    loadStudyPath().then(setPath, () => undefined);
  }, []);
  useDropRemovedQuestions(path);

  const questions = path ? listPathQuestions(path) : [];
  const now = useNow();
  const next = snapshot && path ? findNextQuestion(snapshot.state, questions, now) : undefined;
  const progress = snapshot && path ? summarizeProgress(snapshot.state, questions, now) : undefined;

  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">Continue</h2>
      {next && (
        <p className="continue__next">
          <span className="continue__reason">{next.reason === 'due' ? 'Due for review' : 'Next new question'}</span>
          <Link className="continue__link" to={questionPath(next.question.slug)}>
            {next.question.title}
          </Link>
        </p>
      )}
      {progress && next === undefined && (
        <p className="continue__next">You have studied every question and nothing is due. Well done.</p>
      )}
      {progress && <ProgressBar value={progress.studied} max={progress.total} />}
      <p className="continue__links">
        Follow the <Link to={studyPathPagePath}>study path</Link>, rate how well you knew each answer, and{' '}
        <Link to={reviewPagePath}>review</Link> what falls due
        {progress && progress.due > 0 ? ` (${progress.due} due now)` : ''}.
      </p>
    </section>
  );
}
