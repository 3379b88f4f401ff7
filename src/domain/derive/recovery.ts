import type { Plan } from '../plan';
import type { KeyProduct, RecoveryTime } from '../step2-key-products';
import type { Scenario } from '../step4-risks';

/** How one key product fares in one disaster scenario. */
export interface ProductRecovery {
  keyProductId: string;
  /** The longest time any resource the product needs is unavailable (0 when none is hit). */
  expectedDays: number;
  /** The product's target recovery time in days, or null when it has none yet. */
  rtoDays: number | null;
  /** Whether it is back within its target recovery time; null when there is no target. */
  meetsRto: boolean | null;
}

/** A target recovery time in days (12 hours = 0.5 days); null when not set or not positive. */
export function rtoInDays(rto: RecoveryTime): number | null {
  const { value, unit } = rto;
  if (value === null || value <= 0) return null;
  if (unit === 'hours') return value / 24;
  if (unit === 'weeks') return value * 7;
  return value;
}

const UNRANKED = Number.MAX_SAFE_INTEGER;

/** Key products with rank 1 first; products without a rank follow in the order they were added. */
export function keyProductsByRank(plan: Plan): KeyProduct[] {
  return [...plan.keyProducts].sort((a, b) => (a.rank ?? UNRANKED) - (b.rank ?? UNRANKED));
}

/** The resources each key product needs, by key product id. */
function resourcesByKeyProduct(plan: Plan): Map<string, Set<string>> {
  const byProduct = new Map<string, Set<string>>();
  for (const resource of plan.resources) {
    for (const keyProductId of resource.usedBy) {
      const resources = byProduct.get(keyProductId) ?? new Set<string>();
      resources.add(resource.id);
      byProduct.set(keyProductId, resources);
    }
  }
  return byProduct;
}

function longestOutage(scenario: Scenario, resourceIds: Set<string>): number {
  return scenario.effects.reduce(
    (longest, effect) =>
      effect.resourceId !== null && resourceIds.has(effect.resourceId)
        ? Math.max(longest, effect.unavailableDays ?? 0)
        : longest,
    0,
  );
}

/** Per key product, in rank order: how long the scenario would stop it, against its target. */
export function expectedRecovery(plan: Plan, scenario: Scenario): ProductRecovery[] {
  const needed = resourcesByKeyProduct(plan);
  return keyProductsByRank(plan).map((product) => {
    const expectedDays = longestOutage(scenario, needed.get(product.id) ?? new Set());
    const rtoDays = rtoInDays(product.rto);
    return {
      keyProductId: product.id,
      expectedDays,
      rtoDays,
      meetsRto: rtoDays === null ? null : expectedDays <= rtoDays,
    };
  });
}
