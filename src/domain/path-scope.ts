/**
 * What a plan's path asks. A Quick plan is complete in itself: its rules, self-check, step count and
 * printed plan cover only the questions of the Quick path. Which questions those are is written in the
 * questionnaire (its `quick` flags), which builds the scope; the rules below only apply it.
 */
import { SELF_CHECK_ITEMS, type Plan, type PlanPath, type SelfCheckItem, type StepNumber } from './plan';
import { planIssues } from './rules';
import type { IssuePath, PlanIssue } from './rules/issues';
import { selfCheck, type SelfCheckResult } from './derive/self-check';

export interface PathScope {
  path: PlanPath;
  /** The steps a plan on this path walks through, in order. */
  steps: readonly StepNumber[];
  /** Whether a place in the plan (a field, a record or a whole list) is asked on this path. */
  asks: (place: readonly (string | number)[]) => boolean;
}

/** The places in the plan each self-check item reads: it belongs to a path that asks all of them. */
const SELF_CHECK_PLACES: Record<SelfCheckItem, readonly IssuePath[]> = {
  purpose_people_first: [
    ['purpose', 'priorities'],
    ['purpose', 'statement'],
  ],
  scope_sections: [['scope', 'sections']],
  leader_and_deputy: [
    ['team', 'leader', 'employeeId'],
    ['team', 'deputy', 'employeeId'],
    ['contacts', 'employees'],
  ],
  key_product_ranked: [
    ['keyProducts', 'rank'],
    ['keyProducts', 'rto'],
  ],
  resources_and_bottlenecks: [['resources']],
  top_hazard_scenario: [['hazards'], ['scenarios']],
  bottlenecks_covered: [['resources']],
  emergency_ready: [
    ['emergency', 'firstActions'],
    ['emergency', 'evacuation', 'assemblyPoint'],
    ['emergency', 'activation', 'whoDecides'],
    ['contacts', 'employees'],
    ['contacts', 'external'],
  ],
  strategies_meet_rto: [['strategies']],
  finance_recorded: [['finance']],
  exercise_recent: [['exercises']],
  review_scheduled: [['review', 'frequencyMonths']],
};

/** The self-check items a plan on this path is scored on, in SELF_CHECK_ITEMS order. */
export function selfCheckItemsOnPath(scope: PathScope): SelfCheckItem[] {
  return SELF_CHECK_ITEMS.filter((item) => SELF_CHECK_PLACES[item].every((place) => scope.asks(place)));
}

/** Whether an issue is about something this path asks: its step is on the path and so is its field. */
export function isIssueOnPath(issue: PlanIssue, scope: PathScope): boolean {
  return scope.steps.includes(issue.step) && scope.asks(issue.path);
}

/**
 * The problems of a plan on its path. A rule about a step or question the path leaves out (a Quick
 * plan's key product without resources or strategy, steps 3 and 7) is not a problem of that plan.
 */
export function issuesOnPath(plan: Plan, today: Date, scope: PathScope): PlanIssue[] {
  return planIssues(plan, today).filter((issue) => isIssueOnPath(issue, scope));
}

/** The self-check of a plan on its path: only the items its questions can answer ("3 of 5" on a Quick plan). */
export function selfCheckOnPath(plan: Plan, issues: readonly PlanIssue[], today: Date, scope: PathScope): SelfCheckResult[] {
  const items = new Set(selfCheckItemsOnPath(scope));
  return selfCheck(plan, issues, today).filter((result) => items.has(result.item));
}

/** A step's place on the path, counted from 1 ("Step 3 of 4" for step 6 of a Quick plan), or null when the path leaves it out. */
export function stepPosition(scope: PathScope, step: StepNumber): number | null {
  const index = scope.steps.indexOf(step);
  return index === -1 ? null : index + 1;
}
