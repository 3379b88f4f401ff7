import { rtoInDays } from '../derive/recovery';
import type { Plan } from '../plan';
import { IMPACT_AREAS, type KeyProduct } from '../step2-key-products';
import { displayName } from './field-checks';
import { checksFor, type IssuePath, type PlanIssue, type StepChecks } from './issues';

/** A target recovery time longer than this (12 weeks) is probably not a key product, or not a target. */
export const LONGEST_SENSIBLE_RTO_DAYS = 12 * 7;

/** A rank is required, from 1 to the number of key products, and used by one product only. */
function rankIssues(check: StepChecks, product: KeyProduct, path: IssuePath, name: string, ranks: (number | null)[]): PlanIssue[] {
  const { rank } = product;
  const count = ranks.length;
  if (rank === null) return check.error('key_product_rank_required', path, { product: name });
  if (!Number.isInteger(rank) || rank < 1 || rank > count) {
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
    ...check.errorIf(plan.keyProducts.length === 0, 'key_products_required', ['keyProducts']),
    ...plan.keyProducts.flatMap((product, index) => {
      const at = ['keyProducts', index];
      const name = displayName(product.name, index);
      const rto = product.rto.value;
      const rtoDays = rtoInDays(product.rto);
      return [
        ...check.required(product.name, 'key_product_name_required', [...at, 'name'], { number: index + 1 }),
        ...rankIssues(check, product, [...at, 'rank'], name, ranks),
        ...IMPACT_AREAS.flatMap((area) => check.wholeNumberIn(product.impact[area], 1, 3, [...at, 'impact', area])),
        ...check.errorIf(rto === null, 'key_product_rto_required', [...at, 'rto', 'value'], { product: name }),
        ...check.errorIf(rto !== null && rto <= 0, 'key_product_rto_not_positive', [...at, 'rto', 'value'], {
          product: name,
        }),
        ...check.warningIf(
          rtoDays !== null && rtoDays > LONGEST_SENSIBLE_RTO_DAYS,
          'key_product_rto_long',
          [...at, 'rto', 'value'],
          { product: name },
        ),
        ...check.numberIn(product.minimumLevelPct, 0, 100, [...at, 'minimumLevelPct']),
      ];
    }),
  ];
}
