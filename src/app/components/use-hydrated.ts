import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the prerendered HTML is hydrated (and on the server), true after. Parts that
 * depend on the URL's query string or on loaded search data render only then, so hydration
 * always matches the prerendered HTML; widget controls stay disabled until then (without
 * JavaScript they would move but change nothing).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
