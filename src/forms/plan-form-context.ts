import { createContext, useContext, useSyncExternalStore } from 'react';
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

export interface PlanFormState {
  issues: LiveValue<IssuesByPath>;
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

/** The live issues about one path; the field re-renders only when they change. */
export function usePathIssues(path: string): readonly PlanIssue[] {
  const { issues } = usePlanForm();
  return useSyncExternalStore(issues.subscribe, () => issues.get().get(path) ?? NO_ISSUES);
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
