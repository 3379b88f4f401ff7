import { createContext, useContext } from 'react';
import type { Plan, PlanIssue } from '../domain';

export interface PlanFormState {
  /** Live issues of the plan being edited, on its path. */
  issues: readonly PlanIssue[];
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
