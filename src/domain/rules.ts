import type { Plan } from './plan';
import type { PlanIssue } from './rules/issues';
import { purposeScopeTeamIssues } from './rules/step1-purpose';
import { keyProductIssues } from './rules/step2-key-products';
import { resourceIssues } from './rules/step3-resources';
import { riskIssues } from './rules/step4-risks';
import { measureIssues } from './rules/step5-measures';
import { emergencyIssues } from './rules/step6-emergency';
import { strategyIssues } from './rules/step7-strategies';
import { financeIssues } from './rules/step8-finance';
import { exerciseIssues } from './rules/step9-exercises';
import { reviewIssues } from './rules/step10-review';

export { ISSUE_CODES, type IssueCode, type PlanIssue } from './rules/issues';

/** Every problem in the plan, step by step in the order the fields appear. `today` decides what is overdue. */
export function planIssues(plan: Plan, today: Date): PlanIssue[] {
  return [
    ...purposeScopeTeamIssues(plan),
    ...keyProductIssues(plan),
    ...resourceIssues(plan),
    ...riskIssues(plan),
    ...measureIssues(plan),
    ...emergencyIssues(plan),
    ...strategyIssues(plan),
    ...financeIssues(plan),
    ...exerciseIssues(plan),
    ...reviewIssues(plan, today),
  ];
}
