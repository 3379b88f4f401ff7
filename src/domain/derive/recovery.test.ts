import { describe, expect, it } from 'vitest';
import { blankPlan, effect, keyProduct, resource, scenario } from '../testing/builders';
import { expectedRecovery, keyProductsByRank, rtoInDays } from './recovery';

describe('rtoInDays', () => {
  it.each([
    [{ value: 3, unit: 'days' as const }, 3],
    [{ value: 12, unit: 'hours' as const }, 0.5],
    [{ value: 48, unit: 'hours' as const }, 2],
    [{ value: 2, unit: 'weeks' as const }, 14],
    [{ value: 1.5, unit: 'weeks' as const }, 10.5],
  ])('converts %o to %f days', (rto, days) => {
    expect(rtoInDays(rto)).toBe(days);
  });

  it.each([null, 0, -4])('is null for value %o', (value) => {
    expect(rtoInDays({ value, unit: 'days' })).toBeNull();
  });
});

describe('keyProductsByRank', () => {
  it('puts rank 1 first and unranked products last in their list order', () => {
    const plan = blankPlan();
    const [third, unrankedA, first, unrankedB, second] = [
      keyProduct({ rank: 3 }),
      keyProduct({ rank: null }),
      keyProduct({ rank: 1 }),
      keyProduct({ rank: null }),
      keyProduct({ rank: 2 }),
    ];
    plan.keyProducts = [third, unrankedA, first, unrankedB, second];
    expect(keyProductsByRank(plan)).toEqual([first, second, third, unrankedA, unrankedB]);
    expect(plan.keyProducts[0]).toBe(third);
  });
});

describe('expectedRecovery', () => {
  function bakery() {
    const plan = blankPlan();
    const bread = keyProduct({ name: 'Bread', rank: 2, rto: { value: 3, unit: 'days' } });
    const cakes = keyProduct({ name: 'Cakes', rank: 1, rto: { value: 36, unit: 'hours' } });
    const catering = keyProduct({ name: 'Catering', rank: 3, rto: { value: null, unit: 'days' } });
    const oven = resource({ name: 'Oven', usedBy: [bread.id, cakes.id] });
    const mixer = resource({ name: 'Mixer', usedBy: [bread.id] });
    const van = resource({ name: 'Van', usedBy: [catering.id] });
    plan.keyProducts = [bread, cakes, catering];
    plan.resources = [oven, mixer, van];
    return { plan, bread, cakes, catering, oven, mixer, van };
  }

  it('gives one result per key product in rank order, with the longest outage of its resources', () => {
    const { plan, bread, cakes, catering, oven, mixer, van } = bakery();
    const flood = scenario({
      effects: [
        effect({ resourceId: oven.id, unavailableDays: 2 }),
        effect({ resourceId: mixer.id, unavailableDays: 5 }),
        effect({ resourceId: van.id, unavailableDays: 1 }),
      ],
    });
    expect(expectedRecovery(plan, flood)).toEqual([
      { keyProductId: cakes.id, expectedDays: 2, rtoDays: 1.5, meetsRto: false },
      { keyProductId: bread.id, expectedDays: 5, rtoDays: 3, meetsRto: false },
      { keyProductId: catering.id, expectedDays: 1, rtoDays: null, meetsRto: null },
    ]);
  });

  it('is 0 days and meets the target when none of the product resources is affected', () => {
    const { plan, bread, mixer } = bakery();
    const outage = scenario({ effects: [effect({ resourceId: mixer.id, unavailableDays: 9 })] });
    const cakes = expectedRecovery(plan, outage).find((result) => result.keyProductId !== bread.id);
    expect(cakes).toEqual(expect.objectContaining({ expectedDays: 0, meetsRto: true }));
  });

  it('meets the target when recovery takes exactly the target time', () => {
    const { plan, bread, mixer } = bakery();
    const outage = scenario({ effects: [effect({ resourceId: mixer.id, unavailableDays: 3 })] });
    const result = expectedRecovery(plan, outage).find((item) => item.keyProductId === bread.id);
    expect(result?.meetsRto).toBe(true);
  });

  it('ignores effects without days, without a resource, or with a resource no longer in the plan', () => {
    const { plan, bread, oven } = bakery();
    const vague = scenario({
      effects: [
        effect({ resourceId: oven.id, unavailableDays: null }),
        effect({ resourceId: null, unavailableDays: 30 }),
        effect({ resourceId: 'deleted-resource', unavailableDays: 30 }),
      ],
    });
    const result = expectedRecovery(plan, vague).find((item) => item.keyProductId === bread.id);
    expect(result?.expectedDays).toBe(0);
  });

  it('is empty for a plan without key products, and copes with resources used by deleted products', () => {
    const plan = blankPlan();
    const orphan = resource({ usedBy: ['deleted-product'] });
    plan.resources = [orphan];
    expect(expectedRecovery(plan, scenario({ effects: [effect({ resourceId: orphan.id, unavailableDays: 4 })] }))).toEqual([]);
  });
});
