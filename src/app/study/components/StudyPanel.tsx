import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { reviewPagePath } from '../../../shared/study-path';
import { formatDue } from '../progress/format-due';
import type { ReviewRating } from '../schedule/ratings';
import { reviewRatings } from '../schedule/ratings';
import { useNow } from '../use-now';
import { rateQuestion, useStudySnapshot } from '../use-study';
import { RatingButtons } from './RatingButtons';
import { StatusBadge } from './StatusBadge';
import './study.css';

const NotesPanel = lazy(() => import('./NotesPanel'));

/**
 * Under a question's answer: its study status, the FSRS rating buttons and the learner's notes.
 * Prerendered in a neutral state; the saved status appears once the page has hydrated.
 */
export function StudyPanel({ slug }: { slug: string }) {
  const snapshot = useStudySnapshot();
  const now = useNow();
  const [outcome, setOutcome] = useState<{ slug: string; text: string }>();
  const [notesOpenFor, setNotesOpenFor] = useState<string>();
  const notesOpen = notesOpenFor === slug;
  const card = snapshot?.state.cards[slug];

  const rate = (rating: ReviewRating) => {
    const label = reviewRatings.find((candidate) => candidate.value === rating)!.label;
    rateQuestion(slug, rating).then(
      (next) => {
        setOutcome({ slug, text: `Rated ${label}. Next review ${formatDue(next.due, Date.now())}.` });
      },
      () => {
        setOutcome({ slug, text: 'Sorry, the rating could not be recorded. Check your connection and try again.' });
      },
    );
  };

  return (
    <section className="study-panel" aria-labelledby="study-panel-title">
      <h2 id="study-panel-title">How well did you know this?</h2>
      <p className="study-panel__status">
        {snapshot ? (
          <StatusBadge card={card} now={now} />
        ) : (
          'Rate your answer to schedule the next review of this question.'
        )}
      </p>
      <RatingButtons onRate={rate} />
      <p className="study-panel__outcome" role="status">
        {outcome?.slug === slug && outcome.text}{' '}
        {outcome?.slug === slug && <Link to={reviewPagePath}>Go to your reviews</Link>}
      </p>
      <button
        type="button"
        className="study-button"
        aria-expanded={notesOpen}
        aria-controls="notes-panel"
        onClick={() => {
          setNotesOpenFor(notesOpen ? undefined : slug);
        }}
      >
        Your notes
      </button>
      {notesOpen && (
        <Suspense fallback={<p className="loading">Loading notes…</p>}>
          <NotesPanel id="notes-panel" slug={slug} />
        </Suspense>
      )}
    </section>
  );
}
