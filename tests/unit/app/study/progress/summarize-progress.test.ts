import { describe, expect, it } from 'vitest';
import { formatDue } from '../../../../../src/app/study/progress/format-due';
import {
  findNextDue,
  findNextQuestion,
  listDueQuestions,
  listNewQuestions,
  summarizeProgress,
} from '../../../../../src/app/study/progress/summarize-progress';
import { pruneStudyState } from '../../../../../src/app/study/storage/prune-study-state';
import type { StoredCard, StudyState } from '../../../../../src/app/study/storage/study-state';
import type { PathQuestion } from '../../../../../src/shared/study-path';

const now = 1_000_000_000_000;
const hour = 3_600_000;
const questions = ['a', 'b', 'c', 'd', 'e'].map((slug): PathQuestion => ({
  slug: slug as never,
  title: `${slug.toUpperCase()}?`,
  prerequisites: [],
}));
const card = (state: number, due: number): StoredCard => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state,
});
const state = (cards: Record<string, StoredCard>): StudyState => ({ version: 1, cards, notes: {}, selfTest: false });

describe('progress over the path', () => {
  const learner = state({ a: card(2, now + 48 * hour), b: card(1, now - hour), d: card(2, now - 2 * hour) });

  it('counts studied, known and due questions', () => {
    expect(summarizeProgress(learner, questions, now)).toEqual({ studied: 3, known: 2, due: 2, total: 5 });
  });

  it('ignores saved cards of questions that are not on the path', () => {
    expect(summarizeProgress(state({ gone: card(2, now) }), questions, now).studied).toBe(0);
  });

  it('lists due questions, the longest overdue first', () => {
    expect(listDueQuestions(learner, questions, now).map((question) => question.slug)).toEqual(['d', 'b']);
  });

  it('suggests the most overdue question first, then the first new one in path order', () => {
    expect(findNextQuestion(learner, questions, now)).toEqual({ question: questions[3], reason: 'due' });
    expect(findNextQuestion(learner, questions, now - 3 * hour)).toEqual({ question: questions[2], reason: 'new' });
    expect(listNewQuestions(learner, questions, 5).map((question) => question.slug)).toEqual(['c', 'e']);
  });

  it('finds when the next review falls due, if anything was rated', () => {
    expect(findNextDue(learner, questions)).toBe(now - 2 * hour);
    expect(findNextDue(state({}), questions)).toBeUndefined();
  });
});

describe('pruneStudyState', () => {
  it('drops cards and notes of questions that no longer exist, and keeps the state when nothing changes', () => {
    const saved = { ...state({ a: card(1, now), gone: card(2, now) }), notes: { a: 'x', gone: 'y' } };
    expect(pruneStudyState(saved, new Set(['a', 'b']))).toEqual({
      ...saved,
      cards: { a: card(1, now) },
      notes: { a: 'x' },
    });
    const clean = state({ a: card(1, now) });
    expect(pruneStudyState(clean, new Set(['a']))).toBe(clean);
  });
});

describe('formatDue', () => {
  it('says when, in words', () => {
    expect(formatDue(now - 1, now)).toBe('now');
    expect(formatDue(now + 10 * 60_000, now)).toBe('in 10 minutes');
    expect(formatDue(now + 20_000, now)).toBe('in 1 minute');
    expect(formatDue(now + 5 * hour, now)).toBe('in 5 hours');
    expect(formatDue(now + 24 * hour, now)).toBe('tomorrow');
    expect(formatDue(now + 8 * 24 * hour, now)).toBe('in 8 days');
  });
});
