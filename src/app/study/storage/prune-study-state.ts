import type { StudyState } from './study-state';

/**
 * Drops the cards and notes of questions that no longer exist (the content changed since they
 * were saved). Returns `state` itself when nothing is dropped.
 */
export function pruneStudyState(state: StudyState, questionSlugs: ReadonlySet<string>): StudyState {
  const keep = <T>(entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).filter(([slug]) => questionSlugs.has(slug)));
  const cards = keep(state.cards);
  const notes = keep(state.notes);
  const unchanged =
    Object.keys(cards).length === Object.keys(state.cards).length &&
    Object.keys(notes).length === Object.keys(state.notes).length;
  return unchanged ? state : { ...state, cards, notes };
}
