import { useState } from 'react';
import { studyPageHeads } from '../../../shared/page-heads';
import { listPathQuestions } from '../../../shared/study-path';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useDocumentHead } from '../../components/use-document-head';
import '../components/study.css';
import { useStudyPath } from '../path/path-data-client';
import { formatDue } from '../progress/format-due';
import { listDueQuestions } from '../progress/summarize-progress';
import { ReviewCard } from '../review/ReviewCard';
import { ReviewDone } from '../review/ReviewDone';
import { applyReviewAction, startReviewSession, type ReviewAction, type ReviewSession } from '../review/review-session';
import { useReviewKeys } from '../review/use-review-keys';
import { reviewRatings, type ReviewRating } from '../schedule/ratings';
import { useNow } from '../use-now';
import { rateQuestion, useDropRemovedQuestions, useStudySnapshot } from '../use-study';

const head = studyPageHeads.review;

/** `/review`: the questions due now, one at a time: question → reveal → rate. */
export default function ReviewPage() {
  useDocumentHead(head.title, head.description);
  const path = useStudyPath();
  const snapshot = useStudySnapshot();
  const now = useNow();
  useDropRemovedQuestions(path);
  const questions = listPathQuestions(path);
  const [started, setStarted] = useState<ReviewSession>();
  const [feedback, setFeedback] = useState('');
  // Until the learner acts, the session is whatever is due now; their first action fixes it.
  const session =
    started ??
    (snapshot &&
      startReviewSession(
        'due',
        listDueQuestions(snapshot.state, questions, now).map((question) => question.slug),
      ));
  const currentSlug = session?.slugs[session.index];
  const current = questions.find((question) => question.slug === currentSlug);

  const apply = (action: ReviewAction) => {
    if (session) setStarted(applyReviewAction(session, action));
  };
  const rate = (rating: ReviewRating) => {
    if (!session?.revealed || !current) return;
    apply({ type: 'rated', slug: current.slug });
    const label = reviewRatings.find((candidate) => candidate.value === rating)!.label;
    rateQuestion(current.slug, rating).then(
      (card) => {
        setFeedback(`${label}: "${current.title}" comes back ${formatDue(card.due, Date.now())}.`);
      },
      () => {
        setFeedback('Sorry, the rating could not be recorded. Check your connection and try again.');
      },
    );
  };
  useReviewKeys({
    reveal: () => {
      apply({ type: 'reveal' });
    },
    rate,
    move: (by) => {
      apply({ type: 'move', by });
    },
  });

  return (
    <article className="page page--review">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: head.title }]} />
      <h1>{head.title}</h1>
      {!snapshot || !session ? (
        <p className="lead">
          Your review queue comes from the progress saved in this browser, and shows here once the page has loaded.
        </p>
      ) : current ? (
        <ReviewCard
          question={current}
          topicTitle={path.topics.find((topic) => topic.questions.includes(current))?.title ?? ''}
          position={session.index + 1}
          total={session.slugs.length}
          revealed={session.revealed}
          onReveal={() => {
            apply({ type: 'reveal' });
          }}
          onRate={rate}
          onMove={(by) => {
            apply({ type: 'move', by });
          }}
        />
      ) : (
        <ReviewDone
          state={snapshot.state}
          questions={questions}
          now={now}
          rated={session.rated}
          onStart={(kind, slugs) => {
            apply({ type: 'start', kind, slugs });
          }}
        />
      )}
      <p className="review__feedback" role="status">
        {feedback}
      </p>
      <p className="review__keys">
        Keys: <kbd>Space</kbd> reveals the answer, <kbd>1</kbd>–<kbd>4</kbd> rate it (Again, Hard, Good, Easy),{' '}
        <kbd>J</kbd>/<kbd>K</kbd> or <kbd>→</kbd>/<kbd>←</kbd> move to the next or previous question.
      </p>
    </article>
  );
}
