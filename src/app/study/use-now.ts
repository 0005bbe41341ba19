import { useSyncExternalStore } from 'react';

const tick = 30_000;
let now = Date.now();

function subscribe(listener: () => void) {
  const timer = setInterval(() => {
    now = Date.now();
    listener();
  }, tick);
  return () => {
    clearInterval(timer);
  };
}

function readNow() {
  // After a while with no subscriber the clock is stale: catch up, at most once per tick.
  if (Date.now() - now > tick) now = Date.now();
  return now;
}

/**
 * The current time in epoch milliseconds, refreshed every 30 seconds, for "due in …" texts.
 * Rendering stays pure (no `Date.now()` in components). It is 0 on the server, where nothing is due.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, readNow, () => 0);
}
