import { rtoInDays } from '../derive/recovery';
import type { Plan } from '../plan';
import type { KeyProduct } from '../step2-key-products';
import type { Strategy } from '../step7-strategies';
import { displayName } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, roundedDays, type IssuePath, type PlanIssue, type StepChecks } from './issues';

/** What step 7 requires, and the limits of its numbers. */
export const STEP7_FIELD_RULES = {
  'strategies.keyProductId': { required: 'strategy_product_required' },
  'strategies.type': { required: 'strategy_type_required' },
  'strategies.description': { required: 'strategy_description_required' },
  'strategies.achievableDays': { min: 0 },
} as const satisfies FieldRules;
const RULES = STEP7_FIELD_RULES;

function slowerThanRtoIssues(
  check: StepChecks,
  strategy: Strategy,
  product: KeyProduct | undefined,
  productIndex: number,
  path: IssuePath,
): PlanIssue[] {
  const rtoDays = product === undefined ? null : rtoInDays(product.rto);
  const days = strategy.achievableDays;
  if (product === undefined || rtoDays === null || days === null) return [];
  return check.warningIf(days > rtoDays, 'strategy_slower_than_rto', path, {
    product: displayName(product.name, productIndex),
    days,
    rtoDays: roundedDays(rtoDays),
  });
}

function strategyRecordIssues(check: StepChecks, plan: Plan, strategy: Strategy, index: number): PlanIssue[] {
  const at = ['strategies', index];
  const row = { number: index + 1 };
  const { keyProductId } = strategy;
  const productIndex = plan.keyProducts.findIndex((product) => product.id === keyProductId);
  const product = plan.keyProducts[productIndex];
  return [
    ...check.errorIf(keyProductId === null, RULES['strategies.keyProductId'].required, [...at, 'keyProductId'], row),
    ...check.errorIf(keyProductId !== null && product === undefined, 'strategy_product_unknown', [...at, 'keyProductId'], row),
    ...check.errorIf(strategy.type === null, RULES['strategies.type'].required, [...at, 'type'], row),
    ...check.required(strategy.description, RULES['strategies.description'].required, [...at, 'description'], row),
    ...check.withinLimits(strategy.achievableDays, RULES['strategies.achievableDays'], [...at, 'achievableDays']),
    ...slowerThanRtoIssues(check, strategy, product, productIndex, [...at, 'achievableDays']),
  ];
}

/** Step 7: continuity strategies, at least one per key product. */
export function strategyIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(7);
  return [
    ...plan.keyProducts.flatMap((product, index) =>
      check.errorIf(
        !plan.strategies.some((strategy) => strategy.keyProductId === product.id),
        'key_product_without_strategy',
        ['keyProducts', index],
        { product: displayName(product.name, index) },
      ),
    ),
    ...plan.strategies.flatMap((strategy, index) => strategyRecordIssues(check, plan, strategy, index)),
  ];
}
