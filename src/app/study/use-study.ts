import { useEffect, useSyncExternalStore } from 'react';
import type { StudyPathData } from '../../shared/study-path';
import type { ReviewRating } from './schedule/ratings';
import type { StoredCard, StudyState } from './storage/study-state';
import { createEmptyStudyState, studyStorageKey } from './storage/study-state-defaults';
import type { StudySnapshot, StudyStore } from './storage/study-store';

/**
 * The light, always-loaded side of the study state. The store itself (schema validation,
 * migrations) and the scheduler (ts-fsrs) are separate chunks: the store loads after the page
 * hydrates when progress is saved, otherwise when the learner first does something; the
 * scheduler loads when they are about to rate.
 */

let store: StudyStore | undefined;
let loading: Promise<StudyStore> | undefined;
/** The empty state, shown without loading the store while nothing is saved. */
let nothingSaved: StudySnapshot | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Loads this tab's study store (once). */
export function loadStudyStore(): Promise<StudyStore> {
  loading ??= import('./storage/study-store').then(
    ({ getStudyStore }) => {
      store = getStudyStore();
      store.subscribe(notify);
      nothingSaved = undefined;
      window.removeEventListener('storage', onFirstSave);
      notify();
      return store;
    },
    (error: unknown) => {
      // A failed chunk load (e.g. offline) is retried on the next call.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function hasSavedState(): boolean {
  try {
    return window.localStorage.getItem(studyStorageKey) !== null;
  } catch {
    // Storage that throws: the store works in memory and tells the learner.
    return true;
  }
}

/** Shows the learner's state as soon as possible, loading the store only if something is saved. */
function startStudyState(): void {
  if (store || loading || nothingSaved) return;
  if (hasSavedState()) {
    loadStudyStore().catch(() => {
      // The page works without its study features; the next page tries again.
    });
    return;
  }
  nothingSaved = { state: createEmptyStudyState(), persistent: true };
  window.addEventListener('storage', onFirstSave);
  notify();
}

/** Another tab saved progress: this one now needs the store to follow it. */
function onFirstSave(event: StorageEvent) {
  if (event.key !== null && event.key !== studyStorageKey) return;
  loadStudyStore().catch(() => undefined);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The study state, or null while it loads. Prerendered HTML cannot know localStorage, so the server
 * snapshot and the hydrating render are null too; the state arrives in the render after.
 * With `load: false` the component only listens, and the store loads only on pages that use it.
 */
export function useStudySnapshot({ load = true } = {}): StudySnapshot | null {
  useEffect(() => {
    if (load) startStudyState();
  }, [load]);
  return useSyncExternalStore(
    subscribe,
    () => store?.getSnapshot() ?? nothingSaved ?? null,
    () => null,
  );
}

/** Whether this tab's store has loaded (e.g. to accept typing into a note). */
export function useStudyStoreLoaded(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => store !== undefined,
    () => false,
  );
}

/**
 * Changes the study state: at once when the store is loaded (a controlled field must update in
 * its own event, or the caret jumps), else once it has loaded.
 */
export function updateStudyState(change: (state: StudyState) => StudyState): void {
  if (store) store.update(change);
  else
    loadStudyStore().then(
      (loaded) => {
        loaded.update(change);
      },
      () => undefined,
    );
}

/** Records the learner's rating of a question and schedules its next review with FSRS. */
export async function rateQuestion(slug: string, rating: ReviewRating, now = new Date()): Promise<StoredCard> {
  const [studyStore, { scheduleReview }] = await Promise.all([loadStudyStore(), import('./schedule/schedule-review')]);
  const card = scheduleReview(studyStore.getSnapshot().state.cards[slug], rating, now);
  studyStore.update((state) => ({ ...state, cards: { ...state.cards, [slug]: card } }));
  return card;
}

/** Starts loading the store and the scheduler before the learner clicks, so that rating feels instant. */
export function preloadScheduler(): void {
  loadStudyStore().catch(() => undefined);
  import('./schedule/schedule-review').catch(() => undefined);
}

/** Drops saved progress of questions that are no longer on the path, once both are loaded. */
export function useDropRemovedQuestions(path: StudyPathData | null): void {
  // With nothing saved, there is nothing to drop.
  const loaded = useStudyStoreLoaded();
  useEffect(() => {
    if (!path || !loaded) return;
    const slugs = new Set(path.topics.flatMap((topic) => topic.questions.map((question) => question.slug as string)));
    void Promise.all([loadStudyStore(), import('./storage/study-store')]).then(([studyStore, { pruneStudyState }]) => {
      studyStore.update((state) => pruneStudyState(state, slugs));
    });
  }, [path, loaded]);
}
