import { describe, expect, it, vi } from 'vitest';
import { createStudyStore } from '../../../../../src/app/study/storage/study-store';
import type { StudyState } from '../../../../../src/app/study/storage/study-state';
import { createEmptyStudyState, studyStorageKey } from '../../../../../src/app/study/storage/study-state-defaults';

/** A Storage in memory whose methods a test can make throw. */
function createMemoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage = {
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => {
      items.set(key, value);
    }),
    removeItem: (key: string) => items.delete(key),
    clear: () => {
      items.clear();
    },
    key: () => null,
    get length() {
      return items.size;
    },
  };
  return { storage: storage as unknown as Storage & typeof storage, items };
}

function createEvents() {
  const target = new EventTarget();
  const send = (key: string | null, newValue: string | null) => {
    target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
  };
  return { events: target as unknown as Window, send };
}

const withNote = (state: StudyState, text: string): StudyState => ({ ...state, notes: { elbo: text } });

describe('the study store', () => {
  it('starts empty and saves every change under its one key', () => {
    const { storage, items } = createMemoryStorage();
    const store = createStudyStore({ getStorage: () => storage });
    expect(store.getSnapshot()).toEqual({ state: createEmptyStudyState(), persistent: true, notice: undefined });
    store.update((state) => withNote(state, 'hello'));
    expect(JSON.parse(items.get(studyStorageKey)!)).toEqual(withNote(createEmptyStudyState(), 'hello'));
    expect(createStudyStore({ getStorage: () => storage }).getSnapshot().state.notes).toEqual({ elbo: 'hello' });
  });

  it('notifies subscribers, and does nothing when an update returns the same state', () => {
    const { storage } = createMemoryStorage();
    const store = createStudyStore({ getStorage: () => storage });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((state) => state);
    expect(listener).not.toHaveBeenCalled();
    expect(storage.setItem.mock.calls).toEqual([]);
    store.update((state) => ({ ...state, selfTest: true }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('works in memory when localStorage itself throws (privacy modes)', () => {
    const store = createStudyStore({
      getStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
    store.update((state) => withNote(state, 'kept'));
    expect(store.getSnapshot().state.notes).toEqual({ elbo: 'kept' });
  });

  it('works in memory when getItem and setItem throw', () => {
    const { storage } = createMemoryStorage();
    storage.getItem.mockImplementation(() => {
      throw new Error('denied');
    });
    storage.setItem.mockImplementation(() => {
      throw new Error('denied');
    });
    const store = createStudyStore({ getStorage: () => storage });
    expect(store.getSnapshot().notice).toBe('unavailable');
    expect(() => {
      store.update((state) => withNote(state, 'kept'));
    }).not.toThrow();
    expect(store.getSnapshot().state.notes).toEqual({ elbo: 'kept' });
  });

  it('never overwrites stored data it cannot read, until an import or reset replaces it', () => {
    for (const [text, reason] of [
      ['{not json', 'corrupt'],
      ['{"colour":"blue"}', 'foreign'],
      ['{"version":99}', 'newer'],
    ] as const) {
      const { storage, items } = createMemoryStorage({ [studyStorageKey]: text });
      const store = createStudyStore({ getStorage: () => storage });
      expect(store.getSnapshot(), text).toMatchObject({ persistent: false, notice: reason });
      store.update((state) => withNote(state, 'in memory'));
      expect(store.getSnapshot().state.notes).toEqual({ elbo: 'in memory' });
      expect(items.get(studyStorageKey)).toBe(text);

      store.replace(withNote(createEmptyStudyState(), 'imported'));
      expect(store.getSnapshot()).toMatchObject({ persistent: true, notice: undefined });
      expect(JSON.parse(items.get(studyStorageKey)!)).toMatchObject({ notes: { elbo: 'imported' } });
    }
  });

  it('saves migrated older data back in the current version', () => {
    const { storage, items } = createMemoryStorage({ [studyStorageKey]: '{"version":0,"hide":true}' });
    const store = createStudyStore({
      getStorage: () => storage,
      migrations: [{ from: 0, migrate: (data) => ({ version: 0, cards: {}, notes: {}, selfTest: data.hide }) }],
    });
    expect(store.getSnapshot()).toMatchObject({ persistent: true, notice: undefined, state: { selfTest: true } });
    expect(JSON.parse(items.get(studyStorageKey)!)).toEqual({ version: 1, cards: {}, notes: {}, selfTest: true });
  });

  it('keeps the change in memory and says so when the storage is full, and recovers when it has room', () => {
    const { storage } = createMemoryStorage();
    storage.setItem.mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createStudyStore({ getStorage: () => storage });
    store.update((state) => withNote(state, 'big'));
    expect(store.getSnapshot()).toMatchObject({ notice: 'quota', state: { notes: { elbo: 'big' } } });
    store.update((state) => withNote(state, 'smaller'));
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('tells about each problem once: a dismissed notice stays dismissed', () => {
    const { storage } = createMemoryStorage();
    storage.setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createStudyStore({ getStorage: () => storage });
    store.update((state) => withNote(state, 'a'));
    expect(store.getSnapshot().notice).toBe('quota');
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeUndefined();
    store.update((state) => withNote(state, 'b'));
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('follows changes made in another tab, and ignores what it cannot read', () => {
    const { storage } = createMemoryStorage();
    const { events, send } = createEvents();
    const store = createStudyStore({ getStorage: () => storage, events });
    const other = withNote(createEmptyStudyState(), 'from the other tab');
    send(studyStorageKey, JSON.stringify(other));
    expect(store.getSnapshot().state).toEqual(other);
    send(studyStorageKey, '{broken');
    expect(store.getSnapshot().state).toEqual(other);
    send('some-other-key', JSON.stringify(createEmptyStudyState()));
    expect(store.getSnapshot().state).toEqual(other);
    send(null, null);
    expect(store.getSnapshot().state).toEqual(createEmptyStudyState());
    store.dispose();
    send(studyStorageKey, JSON.stringify(other));
    expect(store.getSnapshot().state).toEqual(createEmptyStudyState());
  });
});
