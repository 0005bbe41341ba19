import type { StoredCard } from '../storage/study-state';

/** Where the learner stands on a question: never rated, still in (re)learning steps, or graduated to review. */
export type QuestionStatus = 'new' | 'learning' | 'known';

export const statusLabels: Record<QuestionStatus, string> = { new: 'New', learning: 'Learning', known: 'Known' };

// ts-fsrs's State: 0 new, 1 learning, 2 review, 3 relearning.
const reviewState = 2;

export function statusOf(card: StoredCard | undefined): QuestionStatus {
  if (!card || card.state === 0) return 'new';
  return card.state === reviewState ? 'known' : 'learning';
}

/** Whether a rated question is due for review at `now` (epoch milliseconds). */
export function isDue(card: StoredCard | undefined, now: number): boolean {
  return card !== undefined && card.due <= now;
}
