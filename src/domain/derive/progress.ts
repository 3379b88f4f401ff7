import { planSchema, SCHEMA_VERSION, type Plan, type StepNumber } from '../plan';
import type { PlanIssue } from '../rules/issues';

export type StepProgress = 'not_started' | 'in_progress' | 'complete';

export interface StepState {
  state: StepProgress;
  errors: number;
  warnings: number;
}

export interface PlanProgress {
  complete: number;
  total: number;
  percent: number;
}

/** What every part of a plan holds before the user has typed anything. */
const UNTOUCHED = planSchema.parse({ id: 'untouched', schemaVersion: SCHEMA_VERSION, createdAt: '', updatedAt: '' });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return Object.is(a, b);
}

/**
 * The parts of the plan each step fills in. Step 1 ignores the company name (asked when the
 * plan is created) and the "protect people" priority every new plan starts with.
 */
const STEP_DATA: Record<StepNumber, (plan: Plan) => unknown[]> = {
  1: (plan) => [
    { ...plan.company, name: '' },
    {
      ...plan.purpose,
      priorities: sameData(plan.purpose.priorities, ['protect_people']) ? [] : plan.purpose.priorities,
    },
    plan.scope,
    plan.team,
  ],
  2: (plan) => [plan.keyProducts],
  3: (plan) => [plan.resources, plan.suppliers],
  4: (plan) => [plan.hazards, plan.scenarios],
  5: (plan) => [plan.measures],
  6: (plan) => [plan.emergency, plan.contacts, plan.callTree, plan.kit],
  7: (plan) => [plan.strategies],
  8: (plan) => [plan.finance],
  9: (plan) => [plan.training, plan.exercises],
  10: (plan) => [plan.review, plan.changeLog, plan.approval],
};

/** Whether the user has answered anything in a step: its data is no longer as a new plan has it. */
export function stepStarted(plan: Plan, step: StepNumber): boolean {
  const untouched = STEP_DATA[step](UNTOUCHED);
  return !STEP_DATA[step](plan).every((part, index) => sameData(part, untouched[index]));
}

/**
 * Where a step stands: complete when the user marked it complete and it has no errors (even a
 * step with nothing to record, such as no measures yet); not started while its data is still
 * as a new plan has it; otherwise in progress.
 */
export function stepState(plan: Plan, step: StepNumber, issues: readonly PlanIssue[]): StepState {
  const ofStep = issues.filter((issue) => issue.step === step);
  const errors = ofStep.filter((issue) => issue.severity === 'error').length;
  const warnings = ofStep.length - errors;
  if (plan.completedSteps.includes(step) && errors === 0) return { state: 'complete', errors, warnings };
  return { state: stepStarted(plan, step) ? 'in_progress' : 'not_started', errors, warnings };
}

/** How many of the given steps (those of the plan's path) are complete, and the whole percentage. */
export function planProgress(plan: Plan, steps: readonly StepNumber[], issues: readonly PlanIssue[]): PlanProgress {
  const complete = steps.filter((step) => stepState(plan, step, issues).state === 'complete').length;
  const total = steps.length;
  return { complete, total, percent: total === 0 ? 0 : Math.round((complete / total) * 100) };
}
