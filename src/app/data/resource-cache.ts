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

/**
 * How long a failed load stays cached. React reads the key again as soon as the load fails, and must
 * get the failure then (for the error boundary to show it) rather than a new load, which would fail
 * and be read again, ~200 fetches a second while offline. A later visit of the page tries again.
 */
export const failedLoadRetentionMs = 2000;

export function createResourceCache<T>(load: (key: string) => Promise<T>): ResourceCache<T> {
  const entries = new Map<string, TrackedPromise<T>>();
  return {
    get(key) {
      let entry = entries.get(key);
      if (!entry) {
        entry = track(load(key));
        entries.set(key, entry);
        const failed = entry;
        entry.catch(() => {
          setTimeout(() => {
            // Unless the key has been primed since.
            if (entries.get(key) === failed) entries.delete(key);
          }, failedLoadRetentionMs);
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
