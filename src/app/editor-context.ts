import { useOutletContext } from 'react-router';
import type { Plan, PlanIssue } from '../domain';

export interface EditorContext {
  plan: Plan;
  today: Date;
  issues: readonly PlanIssue[];
  /** Changes from the step forms: kept in memory at once, saved shortly after. */
  updatePlan: (plan: Plan) => void;
  notify: (message: string, undo?: () => void) => void;
  /** Changes whenever the plan was replaced from outside a form (so forms start again from it). */
  formGeneration: number;
}

export function useEditor(): EditorContext {
  return useOutletContext<EditorContext>();
}
