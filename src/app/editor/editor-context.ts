import { createContext, useContext } from 'react';
import type { Plan, PlanIssue, StepNumber } from '../../domain';

export interface EditorContext {
  plan: Plan;
  today: Date;
  issues: readonly PlanIssue[];
  /** Changes from the step forms: kept in memory at once, saved shortly after. */
  updatePlan: (plan: Plan) => void;
  notify: (message: string, undo?: () => void) => void;
  /** Changes whenever the plan was replaced from outside a form (so forms start again from it). */
  formGeneration: number;
  /**
   * Whether a step's status shows its problems: once the owner tried to complete it, marked it complete or
   * opened the review. Before that it shows how many questions are left, nothing red or amber.
   */
  issuesShown: (step: StepNumber) => boolean;
  /** The owner tried to complete this step: its status shows its problems from now on. */
  showIssues: (step: StepNumber) => void;
}

/** Provided by PlanEditor to the screens of the plan it has loaded. */
export const EditorProvider = createContext<EditorContext | null>(null);

export function useEditor(): EditorContext {
  const editor = useContext(EditorProvider);
  if (!editor) throw new Error('useEditor() is only available inside PlanEditor');
  return editor;
}
