import type { Plan } from './plan';
import type { FieldRules } from './rules/field-rules';
import type { PlanIssue } from './rules/issues';
import { purposeScopeTeamIssues, STEP1_FIELD_RULES } from './rules/step1-purpose';
import { keyProductIssues, STEP2_FIELD_RULES } from './rules/step2-key-products';
import { resourceIssues, STEP3_FIELD_RULES } from './rules/step3-resources';
import { riskIssues, STEP4_FIELD_RULES } from './rules/step4-risks';
import { measureIssues, STEP5_FIELD_RULES } from './rules/step5-measures';
import { emergencyIssues, STEP6_FIELD_RULES } from './rules/step6-emergency';
import { STEP7_FIELD_RULES, strategyIssues } from './rules/step7-strategies';
import { financeIssues, STEP8_FIELD_RULES } from './rules/step8-finance';
import { exerciseIssues, STEP9_FIELD_RULES } from './rules/step9-exercises';
import { reviewIssues, STEP10_FIELD_RULES } from './rules/step10-review';

export { ISSUE_CODES, type IssueCode, type PlanIssue } from './rules/issues';
export type { FieldKey, FieldRule, FieldRules, PlanFieldKey } from './rules/field-rules';

/**
 * Every field's rule, declared once, where the rules that check it read it: which answers are required (and the
 * error a blank one raises) and the limits of numbers. The questionnaire reads this to mark questions and limit inputs.
 */
export const FIELD_RULES: FieldRules = {
  ...STEP1_FIELD_RULES,
  ...STEP2_FIELD_RULES,
  ...STEP3_FIELD_RULES,
  ...STEP4_FIELD_RULES,
  ...STEP5_FIELD_RULES,
  ...STEP6_FIELD_RULES,
  ...STEP7_FIELD_RULES,
  ...STEP8_FIELD_RULES,
  ...STEP9_FIELD_RULES,
  ...STEP10_FIELD_RULES,
};

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
