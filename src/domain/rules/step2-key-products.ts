import { rtoInDays } from '../derive/recovery';
import type { Plan } from '../plan';
import { IMPACT_AREAS, IMPACT_LEVELS, type KeyProduct } from '../step2-key-products';
import { displayName } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, type IssuePath, type PlanIssue, type StepChecks } from './issues';

/** What step 2 requires, and the limits of its numbers. */
export const STEP2_FIELD_RULES = {
  keyProducts: { required: 'key_products_required' },
  'keyProducts.name': { required: 'key_product_name_required' },
  'keyProducts.rank': { required: 'key_product_rank_required', min: 1 },
  'keyProducts.rto.value': { required: 'key_product_rto_required', min: 0 },
  'keyProducts.rto.unit': { required: 'by-schema' },
  'keyProducts.minimumLevelPct': { min: 0, max: 100 },
} as const satisfies FieldRules;
const RULES = STEP2_FIELD_RULES;

/** A target recovery time longer than this (12 weeks) is probably not a key product, or not a target. */
export const LONGEST_SENSIBLE_RTO_DAYS = 12 * 7;

/** A rank is required, from 1 to the number of key products, and used by one product only. */
function rankIssues(check: StepChecks, product: KeyProduct, path: IssuePath, name: string, ranks: (number | null)[]): PlanIssue[] {
  const { rank } = product;
  const count = ranks.length;
  if (rank === null) return check.error(RULES['keyProducts.rank'].required, path, { product: name });
  if (!Number.isInteger(rank) || rank < RULES['keyProducts.rank'].min || rank > count) {
    return check.error('key_product_rank_out_of_range', path, { product: name, count });
  }
  const shared = ranks.filter((other) => other === rank).length > 1;
  return check.errorIf(shared, 'key_product_rank_duplicate', path, { product: name, rank });
}

/** Step 2: key products or services, their ranking and target recovery times. */
export function keyProductIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(2);
  const ranks = plan.keyProducts.map((product) => product.rank);
  return [
    ...check.errorIf(plan.keyProducts.length === 0, RULES.keyProducts.required, ['keyProducts']),
    ...plan.keyProducts.flatMap((product, index) => {
      const at = ['keyProducts', index];
      const name = displayName(product.name, index);
      const rto = product.rto.value;
      const rtoDays = rtoInDays(product.rto);
      return [
        ...check.required(product.name, RULES['keyProducts.name'].required, [...at, 'name'], { number: index + 1 }),
        ...rankIssues(check, product, [...at, 'rank'], name, ranks),
        ...IMPACT_AREAS.flatMap((area) =>
          check.wholeNumberIn(product.impact[area], Math.min(...IMPACT_LEVELS), Math.max(...IMPACT_LEVELS), [...at, 'impact', area]),
        ),
        ...check.errorIf(rto === null, RULES['keyProducts.rto.value'].required, [...at, 'rto', 'value'], { product: name }),
        ...check.errorIf(rto !== null && rto <= RULES['keyProducts.rto.value'].min, 'key_product_rto_not_positive', [...at, 'rto', 'value'], {
          product: name,
        }),
        ...check.warningIf(
          rtoDays !== null && rtoDays > LONGEST_SENSIBLE_RTO_DAYS,
          'key_product_rto_long',
          [...at, 'rto', 'value'],
          { product: name },
        ),
        ...check.withinLimits(product.minimumLevelPct, RULES['keyProducts.minimumLevelPct'], [...at, 'minimumLevelPct']),
      ];
    }),
  ];
}
