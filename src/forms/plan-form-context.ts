import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Plan, PlanIssue } from '../domain';

/**
 * A value that changes while the user types, read by many fields. Each field subscribes to the part it shows,
 * so a keystroke re-renders the few fields whose part changed instead of the whole step.
 */
export class LiveValue<T> {
  private listeners = new Set<() => void>();

  constructor(private value: T) {}

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T): void {
    if (value === this.value) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}

/** The live issues of the plan, by the path they are about ("contacts.employees.3.name"). */
export type IssuesByPath = ReadonlyMap<string, readonly PlanIssue[]>;

export interface NamedRecord {
  id: string;
  name: string;
}

/** What the user called the records that references choose from and record titles name. */
export interface RecordNames {
  keyProducts: readonly NamedRecord[];
  resources: readonly NamedRecord[];
  suppliers: readonly NamedRecord[];
  employees: readonly NamedRecord[];
  hazards: Plan['hazards'];
}

/**
 * Which issues the owner is shown: none until they have left a field (its path), tried to complete the step (all)
 * or arrived from a link to a field of the review. A new plan opens calm.
 */
export interface Revealed {
  all: boolean;
  paths: ReadonlySet<string>;
}

export const NOTHING_REVEALED: Revealed = { all: false, paths: new Set() };

/** Whether the issues about a path are shown; `within`: also when a field inside it (a record, a list) was left. */
export function isRevealed(revealed: Revealed, path: string, within: boolean): boolean {
  if (revealed.all || revealed.paths.has(path)) return true;
  if (!within) return false;
  const prefix = `${path}.`;
  for (const candidate of revealed.paths) if (candidate.startsWith(prefix)) return true;
  return false;
}

export function revealPath(revealed: Revealed, path: string): Revealed {
  return revealed.all || revealed.paths.has(path) ? revealed : { all: false, paths: new Set([...revealed.paths, path]) };
}

export interface PlanFormState {
  issues: LiveValue<IssuesByPath>;
  revealed: LiveValue<Revealed>;
  names: LiveValue<RecordNames>;
  planPath: Plan['path'];
  /** Tells the user something happened, with an optional undo. */
  notify: (message: string, undo?: () => void) => void;
}

export const PlanFormContext = createContext<PlanFormState | null>(null);

export function usePlanForm(): PlanFormState {
  const state = useContext(PlanFormContext);
  if (!state) throw new Error('usePlanForm outside a step form');
  return state;
}

const NO_ISSUES: readonly PlanIssue[] = [];

/** The live issues about one path, once they are revealed; the field re-renders only when they change. */
export function usePathIssues(path: string, within = false): readonly PlanIssue[] {
  const { issues } = usePlanForm();
  const shown = useRevealed(path, within);
  const pathIssues = useSyncExternalStore(issues.subscribe, () => issues.get().get(path) ?? NO_ISSUES);
  return shown ? pathIssues : NO_ISSUES;
}

/** Whether the issues about a path are shown yet (see Revealed). */
export function useRevealed(path: string, within = false): boolean {
  const { revealed } = usePlanForm();
  return useSyncExternalStore(revealed.subscribe, () => isRevealed(revealed.get(), path, within));
}

/** The most serious revealed issue inside a record ("error", "warning" or null), for its closed summary. */
export function useRecordSeverity(path: string): PlanIssue['severity'] | null {
  const { issues, revealed } = usePlanForm();
  const subscribe = useCallback(
    (listener: () => void) => {
      const stopIssues = issues.subscribe(listener);
      const stopRevealed = revealed.subscribe(listener);
      return () => {
        stopIssues();
        stopRevealed();
      };
    },
    [issues, revealed],
  );
  return useSyncExternalStore(subscribe, () => {
    const shown = revealed.get();
    if (!isRevealed(shown, path, true)) return null;
    const prefix = `${path}.`;
    let severity: PlanIssue['severity'] | null = null;
    for (const [candidate, list] of issues.get()) {
      if (candidate !== path && !candidate.startsWith(prefix)) continue;
      if (!isRevealed(shown, candidate, candidate === path)) continue;
      if (list.some((issue) => issue.severity === 'error')) return 'error';
      if (list.length) severity = 'warning';
    }
    return severity;
  });
}

/** One list of record names; re-renders only when a name in it changes. */
export function useRecordNames<K extends keyof RecordNames>(list: K): RecordNames[K] {
  const { names } = usePlanForm();
  return useSyncExternalStore(names.subscribe, () => names.get()[list]);
}

/** Every list of record names, for a title that names another record; null (and no re-render) when not wanted. */
export function useAllRecordNames(wanted: boolean): RecordNames | null {
  const { names } = usePlanForm();
  return useSyncExternalStore(names.subscribe, () => (wanted ? names.get() : null));
}
