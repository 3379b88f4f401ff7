import { useSyncExternalStore } from 'react';

const DECISION_KEY = 'bcp-builder.persistent-storage';

type Decision = 'granted' | 'refused';

const listeners = new Set<() => void>();
let asked = false;

function readDecision(): Decision | null {
  try {
    const stored = window.localStorage.getItem(DECISION_KEY);
    return stored === 'granted' || stored === 'refused' ? stored : null;
  } catch {
    return null;
  }
}

function remember(decision: Decision): void {
  try {
    window.localStorage.setItem(DECISION_KEY, decision);
  } catch {
    // Asked again on the next visit.
  }
  listeners.forEach((listener) => listener());
}

/**
 * Asks the browser once to keep this site's storage even when the device runs low on space
 * (otherwise it may clear it), the first time a plan is stored. The answer is remembered.
 */
export function requestPersistentStorage(): void {
  if (asked || readDecision() === 'granted') return;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return;
  void storage
    .persisted()
    .then((persisted) => persisted || storage.persist())
    .then(
      (granted) => remember(granted ? 'granted' : 'refused'),
      () => remember('refused'),
    );
}

/** Whether the browser refused to keep the plans for good, so that the user should export them regularly. */
export function usePersistenceRefused(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => readDecision() === 'refused',
  );
}
