import { describe, expect, it } from 'vitest';
import { isReviewOverdue, nextReviewDate } from '../derive/review';
import { topHazard } from '../derive/risk';
import { planSchema } from '../plan';
import { planIssues } from '../rules';
import { foodManufacturerSample } from './food-manufacturer';

const NOW = new Date(2025, 5, 15, 9, 30);

/** Every `id` field anywhere in the plan. */
function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => (key === 'id' && typeof field === 'string' ? [field] : allIds(field)));
}

describe('foodManufacturerSample', () => {
  const plan = foodManufacturerSample(NOW);

  it('is a valid stored plan', () => {
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it.each([
    ['a normal day', NOW],
    ['a leap day', new Date(2024, 1, 29, 12)],
    ['the last day of a long month', new Date(2025, 7, 31, 8)],
    ['new year', new Date(2026, 0, 1, 0, 5)],
  ])('has no errors and no warnings on %s', (_when, now) => {
    expect(planIssues(foodManufacturerSample(now), now)).toEqual([]);
  });

  it('is a full plan of a food manufacturer with every part filled in', () => {
    expect(plan.path).toBe('full');
    expect(plan.company.industry).toBe('food_manufacturing');
    expect(plan.keyProducts.map((product) => product.rank)).toEqual([1, 2, 3, 4]);
    expect(plan.resources.length).toBeGreaterThanOrEqual(10);
    expect(plan.resources.filter((resource) => resource.isBottleneck).length).toBeGreaterThanOrEqual(3);
    expect(plan.suppliers).toHaveLength(4);
    expect(plan.suppliers.some((supplier) => supplier.alternateSupplierId !== null)).toBe(true);
    expect(plan.hazards.length).toBeGreaterThanOrEqual(5);
    expect(plan.scenarios.map((scenario) => scenario.hazardCode)).toEqual(['flood', 'power_outage']);
    expect(topHazard(plan)?.code).toBe('flood');
    expect(plan.contacts.employees).toHaveLength(8);
    expect(plan.callTree.length).toBeGreaterThan(0);
    expect(plan.kit.length).toBeGreaterThan(0);
    expect(plan.finance.currency).toBe('THB');
    expect(plan.exercises[0]?.actions.length).toBeGreaterThan(0);
    expect(plan.changeLog.length).toBeGreaterThan(0);
    expect(plan.approval.name).not.toBe('');
  });

  it('was reviewed recently, relative to now', () => {
    expect(plan.review.lastReviewed).toBe('2025-04-15');
    expect(nextReviewDate(plan)).toBe('2026-04-15');
    expect(isReviewOverdue(plan, NOW)).toBe(false);
    expect(foodManufacturerSample(new Date(2030, 0, 10)).review.lastReviewed).toBe('2029-11-10');
  });

  it('uses unique ids, fresh on every call', () => {
    const ids = allIds(plan);
    const again = allIds(foodManufacturerSample(NOW));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => again.includes(id))).toEqual([]);
  });
});
