import type { Plan } from '../plan';
import { isCurrencyCode } from './field-checks';
import { checksFor, type PlanIssue } from './issues';

/** Step 8: fixed costs, cash, insurance and credit. */
export function financeIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(8);
  const { finance } = plan;
  return [
    ...check.notNegative(finance.monthlyFixedCosts, ['finance', 'monthlyFixedCosts']),
    ...check.notNegative(finance.cashOnHand, ['finance', 'cashOnHand']),
    ...check.errorIf(!isCurrencyCode(finance.currency), 'currency_invalid', ['finance', 'currency']),
    ...check.notNegative(finance.estimatedRecoveryCost, ['finance', 'estimatedRecoveryCost']),
    ...finance.insurance.flatMap((policy, index) => check.phone(policy.phone, ['finance', 'insurance', index, 'phone'])),
    ...finance.credit.flatMap((line, index) => check.notNegative(line.amount, ['finance', 'credit', index, 'amount'])),
  ];
}
