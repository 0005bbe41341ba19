import type { PathQuestion } from '../../../shared/study-path';
import type { StudyState } from '../storage/study-state';
import { isDue, statusOf } from './question-status';

export interface Progress {
  /** Questions rated at least once. */
  studied: number;
  known: number;
  due: number;
  total: number;
}

/** Counts the learner's progress over `questions` (questions no longer on the path do not count). */
export function summarizeProgress(state: StudyState, questions: readonly PathQuestion[], now: number): Progress {
  const progress: Progress = { studied: 0, known: 0, due: 0, total: questions.length };
  for (const { slug } of questions) {
    const card = state.cards[slug];
    const status = statusOf(card);
    if (status !== 'new') progress.studied++;
    if (status === 'known') progress.known++;
    if (isDue(card, now)) progress.due++;
  }
  return progress;
}

/** The questions due at `now`, the longest overdue first. */
export function listDueQuestions(state: StudyState, questions: readonly PathQuestion[], now: number): PathQuestion[] {
  return questions
    .filter((question) => isDue(state.cards[question.slug], now))
    .sort((a, b) => state.cards[a.slug]!.due - state.cards[b.slug]!.due);
}

/** The first `limit` questions never rated, in path order. */
export function listNewQuestions(state: StudyState, questions: readonly PathQuestion[], limit: number): PathQuestion[] {
  return questions.filter((question) => statusOf(state.cards[question.slug]) === 'new').slice(0, limit);
}

/** When the next review falls due, if any question has been rated. */
export function findNextDue(state: StudyState, questions: readonly PathQuestion[]): number | undefined {
  const dues = questions.flatMap((question) => state.cards[question.slug]?.due ?? []);
  return dues.length > 0 ? Math.min(...dues) : undefined;
}

/** What to study next: the most overdue question, else the first new one in path order. */
export function findNextQuestion(
  state: StudyState,
  questions: readonly PathQuestion[],
  now: number,
): { question: PathQuestion; reason: 'due' | 'new' } | undefined {
  const [due] = listDueQuestions(state, questions, now);
  if (due) return { question: due, reason: 'due' };
  const [fresh] = listNewQuestions(state, questions, 1);
  return fresh && { question: fresh, reason: 'new' };
}
