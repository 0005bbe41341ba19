import type { StudyState } from './study-state';

/**
 * The study state's key, version and empty value. Kept apart from the schema so that pages can
 * start from the empty state without loading the validation code when nothing is saved yet.
 */

/** The one localStorage key of the study features. */
export const studyStorageKey = 'deep-learning-topics:study';

/** Bump it and add a migration (see `migrations.ts`) whenever the stored shape changes. */
export const studyStateVersion = 1;

export function createEmptyStudyState(): StudyState {
  return { version: studyStateVersion, cards: {}, notes: {}, selfTest: false };
}
