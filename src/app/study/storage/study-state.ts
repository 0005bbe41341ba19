import * as z from 'zod/mini';
import { studyStateVersion } from './study-state-defaults';

/**
 * What the study features remember, stored under one localStorage key. Bump `studyStateVersion`
 * and add a migration (see `migrations.ts`) whenever this shape changes.
 */

const slugKey = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const timestamp = z.number().check(z.nonnegative());

/** A question's FSRS scheduling state (ts-fsrs's `Card`, with dates as epoch milliseconds). */
export const storedCardSchema = z.object({
  /** When the question is next due for review. */
  due: timestamp,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  /** Days between the last review and `due`. */
  scheduledDays: z.number().check(z.nonnegative()),
  /** Position in the (re)learning steps. */
  learningSteps: z.int().check(z.nonnegative()),
  /** How often the question was rated. */
  reps: z.int().check(z.nonnegative()),
  /** How often it was forgotten ("Again") after being known. */
  lapses: z.int().check(z.nonnegative()),
  /** ts-fsrs's `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.int().check(z.minimum(0), z.maximum(3)),
  lastReview: z.optional(timestamp),
});

export const studyStateSchema = z.object({
  version: z.literal(studyStateVersion),
  /** Scheduling state per question slug; a question never rated has none. */
  cards: z.record(slugKey, storedCardSchema),
  /** The learner's Markdown notes per question slug. */
  notes: z.record(slugKey, z.string().check(z.maxLength(100_000))),
  /** Hide answers on question pages until "Reveal answer". */
  selfTest: z.boolean(),
});

export type StoredCard = z.infer<typeof storedCardSchema>;
export type StudyState = z.infer<typeof studyStateSchema>;
