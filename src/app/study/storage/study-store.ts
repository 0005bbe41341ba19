import type { Migration } from './migrations';
import { parseStudyState, type UnreadableReason } from './parse-study-state';
import type { StudyState } from './study-state';
import { createEmptyStudyState, studyStorageKey } from './study-state-defaults';

export { pruneStudyState } from './prune-study-state';

/** Why progress is not (fully) saved: unreadable stored data, storage that throws, or a full storage. */
export type StorageProblem = UnreadableReason | 'unavailable' | 'quota';

export interface StudySnapshot {
  state: StudyState;
  /** Whether changes are saved in localStorage; otherwise they live in this tab's memory only. */
  persistent: boolean;
  /** A storage problem to tell the user about, until dismissed. */
  notice?: StorageProblem;
}

export interface StudyStore {
  getSnapshot(): StudySnapshot;
  subscribe(listener: () => void): () => void;
  /** Changes the state and saves it when storage works. Returning the same state changes nothing. */
  update(change: (state: StudyState) => StudyState): void;
  /** Replaces the whole state (import, reset) and saves it, even over stored data that could not be read. */
  replace(state: StudyState): void;
  /** Forgets all progress and notes (a `replace` with the empty state). */
  reset(): void;
  dismissNotice(): void;
  /** Stops following other tabs. */
  dispose(): void;
}

export interface StudyStoreOptions {
  /** Returns the storage; may throw (some privacy modes throw on `window.localStorage`). */
  getStorage: () => Storage | undefined;
  /** Where other tabs' `storage` events arrive (the window); none in tests that do not need it. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Upgrades of older stored data (default: the app's own list). */
  migrations?: readonly Migration[];
}

/**
 * The study state, kept in memory and mirrored to localStorage. No storage failure escapes: stored
 * data that cannot be read is left untouched (never overwritten, except by an explicit import or
 * reset) and the app goes on in memory; each kind of problem is reported once through `notice`.
 */
export function createStudyStore({ getStorage, events, migrations }: StudyStoreOptions): StudyStore {
  const storage = openStorage(getStorage);
  const listeners = new Set<() => void>();
  const dismissed = new Set<StorageProblem>();
  let problem: StorageProblem | undefined;
  let snapshot: StudySnapshot;

  const publish = (state: StudyState, persistent: boolean) => {
    snapshot = { state, persistent, notice: problem && !dismissed.has(problem) ? problem : undefined };
    for (const listener of listeners) listener();
  };

  const save = (state: StudyState): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(studyStorageKey, JSON.stringify(state));
      if (problem === 'quota') problem = undefined;
      return true;
    } catch (error) {
      problem = isQuotaExceeded(error) ? 'quota' : 'unavailable';
      // A full storage may have room later; storage that refuses writes will not.
      return problem === 'quota';
    }
  };

  const read = (): { state: StudyState; persistent: boolean } => {
    let text: string | null;
    try {
      if (!storage) throw new Error('no storage');
      text = storage.getItem(studyStorageKey);
    } catch {
      problem = 'unavailable';
      return { state: createEmptyStudyState(), persistent: false };
    }
    if (text === null) return { state: createEmptyStudyState(), persistent: true };
    const result = parseStudyState(text, migrations);
    if (!result.ok) {
      problem = result.reason;
      return { state: createEmptyStudyState(), persistent: false };
    }
    return { state: result.state, persistent: result.migrated ? save(result.state) : true };
  };

  const initial = read();
  snapshot = { state: initial.state, persistent: initial.persistent, notice: problem };

  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared the whole storage.
    if (event.key !== null && event.key !== studyStorageKey) return;
    if (event.newValue === null) {
      problem = undefined;
      publish(createEmptyStudyState(), storage !== undefined);
      return;
    }
    const result = parseStudyState(event.newValue, migrations);
    if (result.ok) publish(result.state, true);
  };
  events?.addEventListener('storage', onStorage);

  const replace = (state: StudyState) => {
    if (problem !== 'unavailable') problem = undefined;
    publish(state, save(state));
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const state = change(snapshot.state);
      if (state === snapshot.state) return;
      publish(state, snapshot.persistent && save(state));
    },
    replace,
    reset: () => {
      replace(createEmptyStudyState());
    },
    dismissNotice() {
      if (problem) dismissed.add(problem);
      publish(snapshot.state, snapshot.persistent);
    },
    dispose() {
      events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}

function openStorage(getStorage: () => Storage | undefined): Storage | undefined {
  try {
    return getStorage();
  } catch {
    return undefined;
  }
}

function isQuotaExceeded(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

let shared: StudyStore | undefined;

/** The store of this tab, created on first use. */
export function getStudyStore(): StudyStore {
  shared ??= createStudyStore({ getStorage: () => window.localStorage, events: window });
  return shared;
}
