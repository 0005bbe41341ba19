import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../src/app/study/progress/question-status';
import { scheduleReview } from '../../../../../src/app/study/schedule/schedule-review';
import { storedCardSchema } from '../../../../../src/app/study/storage/study-state';

const minute = 60_000;
const day = 24 * 60 * minute;
const start = new Date('2025-03-01T09:00:00Z');

describe('scheduleReview (FSRS via ts-fsrs)', () => {
  it('keeps a new question rated Good in the learning steps, due again in 10 minutes', () => {
    const card = scheduleReview(undefined, 3, start);
    expect(statusOf(card)).toBe('learning');
    expect(card.due - start.getTime()).toBe(10 * minute);
    expect(card).toMatchObject({ reps: 1, lapses: 0, lastReview: start.getTime() });
  });

  it('schedules sooner for worse ratings: Again before Hard before Good before Easy', () => {
    const dues = ([1, 2, 3, 4] as const).map((rating) => scheduleReview(undefined, rating, start).due);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
  });

  it('graduates a question rated Easy straight to review, days later', () => {
    const card = scheduleReview(undefined, 4, start);
    expect(statusOf(card)).toBe('known');
    expect(card.due - start.getTime()).toBeGreaterThanOrEqual(day);
  });

  it('moves a known question back to relearning when it is forgotten, counting the lapse', () => {
    const known = scheduleReview(undefined, 4, start);
    const forgotten = scheduleReview(known, 1, new Date(known.due));
    expect(statusOf(forgotten)).toBe('learning');
    expect(forgotten).toMatchObject({ lapses: 1, reps: 2, state: 3 });
    expect(forgotten.due - known.due).toBeLessThan(day);
  });

  it('grows the interval when a question is recalled again on time', () => {
    const first = scheduleReview(undefined, 4, start);
    const second = scheduleReview(first, 3, new Date(first.due));
    expect(second.scheduledDays).toBeGreaterThan(first.scheduledDays);
    expect(second.stability).toBeGreaterThan(first.stability);
  });

  it('produces cards the storage schema accepts', () => {
    const card = scheduleReview(scheduleReview(undefined, 2, start), 3, new Date(start.getTime() + 6 * minute));
    expect(storedCardSchema.safeParse(card).success).toBe(true);
  });
});
