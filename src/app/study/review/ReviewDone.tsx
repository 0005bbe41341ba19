import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../shared/routes';
import type { PathQuestion } from '../../../shared/study-path';
import { formatDue, formatDueDate } from '../progress/format-due';
import { findNextDue, listDueQuestions, listNewQuestions } from '../progress/summarize-progress';
import type { StudyState } from '../storage/study-state';
import type { ReviewSession } from './review-session';

const newQuestionCount = 5;

interface Props {
  state: StudyState;
  questions: readonly PathQuestion[];
  now: number;
  /** Questions rated in the session that just ended. */
  rated: number;
  onStart: (kind: ReviewSession['kind'], slugs: string[]) => void;
}

/** Nothing (more) to review: when the next review falls due, and new questions to start in path order. */
export function ReviewDone({ state, questions, now, rated, onStart }: Props) {
  const due = listDueQuestions(state, questions, now);
  const nextDue = findNextDue(state, questions);
  const fresh = listNewQuestions(state, questions, newQuestionCount);
  const heading = useRef<HTMLHeadingElement>(null);
  const ended = rated > 0;
  useEffect(() => {
    // The last rating button is gone: keep keyboard and screen-reader users in the page.
    if (ended && document.activeElement === document.body) heading.current?.focus();
  }, [ended]);

  return (
    <section className="review-done" aria-labelledby="review-done-title">
      <h2 id="review-done-title" className="review-done__title" tabIndex={-1} ref={heading}>
        {rated > 0 ? `Done: ${rated} ${rated === 1 ? 'question' : 'questions'} reviewed` : 'Nothing is due right now'}
      </h2>
      {due.length > 0 ? (
        <p>
          {due.length} {due.length === 1 ? 'question is' : 'questions are'} due again.{' '}
          <button
            type="button"
            className="study-button study-button--primary"
            onClick={() => {
              onStart(
                'due',
                due.map((question) => question.slug),
              );
            }}
          >
            Review {due.length === 1 ? 'it' : 'them'} now
          </button>
        </p>
      ) : nextDue !== undefined ? (
        <p>
          The next review is due{' '}
          <time dateTime={new Date(nextDue).toISOString()} title={formatDueDate(nextDue)}>
            {formatDue(nextDue, now)}
          </time>{' '}
          ({formatDueDate(nextDue)}).
        </p>
      ) : (
        <p>You have not rated any questions yet. Questions you rate come back here when they are due.</p>
      )}
      {fresh.length > 0 ? (
        <>
          <h3>New questions, in path order</h3>
          <ol className="review-done__new">
            {fresh.map((question) => (
              <li key={question.slug}>
                <Link to={questionPath(question.slug)}>{question.title}</Link>
              </li>
            ))}
          </ol>
          <p>
            <button
              type="button"
              className="study-button"
              onClick={() => {
                onStart(
                  'new',
                  fresh.map((question) => question.slug),
                );
              }}
            >
              Study {fresh.length === 1 ? 'this question' : `these ${fresh.length} questions`} here
            </button>
          </p>
        </>
      ) : (
        <p>You have started every question on the path.</p>
      )}
    </section>
  );
}
