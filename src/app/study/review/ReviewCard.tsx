import { Suspense, useEffect, useRef } from 'react';
import type { PathQuestion } from '../../../shared/study-path';
import { RatingButtons } from '../components/RatingButtons';
import type { ReviewRating } from '../schedule/ratings';
import { preloadReviewAnswer, ReviewAnswer } from './ReviewAnswer';

interface Props {
  question: PathQuestion;
  topicTitle: string;
  position: number;
  total: number;
  revealed: boolean;
  onReveal: () => void;
  onRate: (rating: ReviewRating) => void;
  onMove: (by: 1 | -1) => void;
}

/** One question of a review: the question, then on "Reveal answer" its short answer and the ratings. */
export function ReviewCard({ question, topicTitle, position, total, revealed, onReveal, onRate, onMove }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const shown = useRef(question.slug);

  useEffect(() => {
    preloadReviewAnswer(question.slug);
    // A new question after rating or moving: bring the learner (and the screen reader) to it.
    if (shown.current !== question.slug) heading.current?.focus();
    shown.current = question.slug;
  }, [question.slug]);

  useEffect(() => {
    if (revealed && answer.current && !answer.current.contains(document.activeElement)) answer.current.focus();
  }, [revealed]);

  return (
    <section className="review-card" aria-labelledby="review-question">
      <p className="review-card__meta">
        Question {position} of {total} · {topicTitle}
      </p>
      <h2 id="review-question" className="review-card__question" tabIndex={-1} ref={heading}>
        {question.title}
      </h2>
      {revealed ? (
        <div className="review-card__answer" ref={answer} tabIndex={-1} role="region" aria-label="Answer">
          <Suspense fallback={<p className="loading">Loading the answer…</p>}>
            <ReviewAnswer slug={question.slug} />
          </Suspense>
          <RatingButtons onRate={onRate} showKeys />
        </div>
      ) : (
        <button
          type="button"
          className="study-button study-button--primary"
          aria-keyshortcuts="Space"
          onClick={onReveal}
        >
          Reveal answer
        </button>
      )}
      <div className="review-card__moves">
        <button
          type="button"
          className="study-button"
          disabled={position <= 1}
          onClick={() => {
            onMove(-1);
          }}
        >
          Previous question
        </button>
        <button
          type="button"
          className="study-button"
          disabled={position >= total}
          onClick={() => {
            onMove(1);
          }}
        >
          Next question
        </button>
      </div>
    </section>
  );
}
