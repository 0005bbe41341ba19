import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { QuestionRef } from '../../../shared/page-data';
import { questionPath } from '../../../shared/routes';
import { listPathQuestions, reviewPagePath, studyPathPagePath, type StudyPathData } from '../../../shared/study-path';
import { loadStudyPath } from '../path/path-data-client';
import { findNextQuestion, summarizeProgress } from '../progress/summarize-progress';
import { useNow } from '../use-now';
import { useDropRemovedQuestions, useStudySnapshot, useStudyStoreLoaded } from '../use-study';
import { ProgressBar } from './ProgressBar';
import './study.css';

/**
 * The home page's "Continue" block: the next due (or next new) question and overall progress.
 * It is prerendered as a new learner sees it (the path's first question, nothing studied), so
 * nothing moves when the app starts for one. The study path, to work out anyone else's next
 * step, is fetched only when something is saved.
 */
export function ContinueStudying({ start, total }: { start?: QuestionRef; total: number }) {
  const snapshot = useStudySnapshot();
  const storeLoaded = useStudyStoreLoaded(); // it loads only when something is saved
  const [path, setPath] = useState<StudyPathData | null>(null);
  useEffect(() => {
    if (storeLoaded) loadStudyPath().then(setPath, () => undefined);
  }, [storeLoaded]);
  useDropRemovedQuestions(path);

  const now = useNow();
  const questions = path ? listPathQuestions(path) : [];
  const learner =
    snapshot && path
      ? {
          next: findNextQuestion(snapshot.state, questions, now),
          progress: summarizeProgress(snapshot.state, questions, now),
        }
      : undefined;
  const next = learner ? learner.next : start && { question: start, reason: 'new' as const };
  const progress = learner?.progress ?? { studied: 0, due: 0, total };

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
      {learner && next === undefined && (
        <p className="continue__next">You have studied every question and nothing is due. Well done.</p>
      )}
      <ProgressBar value={progress.studied} max={progress.total} />
      <p className="continue__links">
        Follow the <Link to={studyPathPagePath}>study path</Link>, rate how well you knew each answer, and{' '}
        <Link to={reviewPagePath}>review</Link> what falls due
        {progress.due > 0 ? ` (${progress.due} due now)` : ''}.
      </p>
    </section>
  );
}
