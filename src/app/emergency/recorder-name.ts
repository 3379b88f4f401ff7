import { useCallback, useState } from 'react';

const STORAGE_KEY = 'bcp-builder.recorder-name';

function storedName(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * The name of the person using this device, recorded with every tick, mark and line of an incident.
 * Typed once per device and kept in localStorage (not in the plan: a plan file travels to other devices).
 */
export function useRecorderName(): [string, (name: string) => void] {
  const [name, setName] = useState(storedName);
  const change = useCallback((next: string) => {
    const trimmed = next.trim();
    try {
      window.localStorage.setItem(STORAGE_KEY, trimmed);
    } catch {
      // Still used for this visit.
    }
    setName(trimmed);
  }, []);
  return [name, change];
}
