/**
 * A keyed cache of promises that React's `use()` can read without suspending once they have
 * settled: each promise carries React's `status`/`value` fields. Priming a key with a value
 * (the server does this, and the client before hydrating) makes the first render synchronous,
 * so hydration matches the prerendered HTML.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export interface ResourceCache<T> {
  get(key: string): Promise<T>;
  prime(key: string, value: T): void;
  clear(): void;
}

export function createResourceCache<T>(load: (key: string) => Promise<T>): ResourceCache<T> {
  const entries = new Map<string, TrackedPromise<T>>();
  return {
    get(key) {
      let entry = entries.get(key);
      if (!entry) {
        entry = track(load(key));
        entries.set(key, entry);
        // A failed load is not cached, so that the next visit tries again (unless the key has been primed since).
        const failed = entry;
        entry.catch(() => {
          if (entries.get(key) === failed) entries.delete(key);
        });
      }
      return entry;
    },
    prime(key, value) {
      const entry: TrackedPromise<T> = Promise.resolve(value);
      entry.status = 'fulfilled';
      entry.value = value;
      entries.set(key, entry);
    },
    clear() {
      entries.clear();
    },
  };
}

function track<T>(promise: Promise<T>): TrackedPromise<T> {
  const tracked = promise as TrackedPromise<T>;
  tracked.status = 'pending';
  tracked.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}
