import type { Plan } from '../plan';
import { isCurrencyCode } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue } from './issues';

/** What step 8 requires (a currency: a blank one is not a currency code), and the limits of its numbers. */
export const STEP8_FIELD_RULES = {
  'finance.currency': { required: 'currency_invalid' },
  'finance.monthlyFixedCosts': { min: 0 },
  'finance.cashOnHand': { min: 0 },
  'finance.estimatedRecoveryCost': { min: 0 },
  'finance.credit.amount': { min: 0 },
} as const satisfies FieldRules;
const RULES = STEP8_FIELD_RULES;

/** Step 8: fixed costs, cash, insurance and credit. */
export function financeIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(8);
  const { finance } = plan;
  return [
    ...check.withinLimits(finance.monthlyFixedCosts, RULES['finance.monthlyFixedCosts'], ['finance', 'monthlyFixedCosts']),
    ...check.withinLimits(finance.cashOnHand, RULES['finance.cashOnHand'], ['finance', 'cashOnHand']),
    ...check.errorIf(!isCurrencyCode(finance.currency), RULES['finance.currency'].required, ['finance', 'currency']),
    ...check.withinLimits(finance.estimatedRecoveryCost, RULES['finance.estimatedRecoveryCost'], ['finance', 'estimatedRecoveryCost']),
    ...finance.insurance.flatMap((policy, index) => check.phone(policy.phone, ['finance', 'insurance', index, 'phone'])),
    ...finance.credit.flatMap((line, index) =>
      check.withinLimits(line.amount, RULES['finance.credit.amount'], ['finance', 'credit', index, 'amount']),
    ),
  ];
}
