import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from '../storage/study-state';
import type { ReviewRating } from './ratings';

// ts-fsrs's defaults: 90% target retention, learning steps of 1 and 10 minutes, no fuzz.
const scheduler = fsrs();

const grades: Record<ReviewRating, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };
const states = [State.New, State.Learning, State.Review, State.Relearning] as const;

/** The question's next scheduling state after the learner rated it at `now` (FSRS, via ts-fsrs). */
export function scheduleReview(card: StoredCard | undefined, rating: ReviewRating, now: Date): StoredCard {
  const current = card ? toFsrsCard(card) : createEmptyCard(now);
  return fromFsrsCard(scheduler.next(current, now, grades[rating]).card);
}

function toFsrsCard(card: StoredCard): Card {
  return {
    // The empty card supplies the fields ts-fsrs recomputes itself (the deprecated `elapsed_days`).
    ...createEmptyCard(card.due),
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: states[card.state] ?? State.New,
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}
