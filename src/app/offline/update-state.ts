import { useSyncExternalStore } from 'react';

/** Whether a new version of the site is waiting, and how to switch to it. Tiny: part of every page. */
let applyUpdate: (() => void) | undefined;
const listeners = new Set<() => void>();

export function announceUpdate(apply: () => void): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

export function useWaitingUpdate(): (() => void) | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => applyUpdate,
    () => undefined,
  );
}
