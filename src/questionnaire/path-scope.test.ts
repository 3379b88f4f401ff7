import { describe, expect, it } from 'vitest';
import { createPlan, issuesOnPath, partnerSummary, planIssues, SELF_CHECK_ITEMS, selfCheckOnPath, stepPosition, type Plan } from '../domain';
import { keyProduct, samplePlan, TODAY } from '../domain/testing/builders';
import { pathScope } from './paths';

/** A Quick plan with one key product and nothing of the steps the Quick path leaves out. */
function quickPlanWithProduct(): Plan {
  const plan = createPlan('Baan Suan', 'quick', TODAY);
  return { ...plan, keyProducts: [keyProduct({ name: 'Green curry', rank: 1, rto: { value: 1, unit: 'days' } })] };
}

describe('a plan on its path', () => {
  it('asks a Quick plan nothing about the steps it leaves out', () => {
    const plan = quickPlanWithProduct();
    const everyRule = planIssues(plan, TODAY).map((issue) => issue.code);
    expect(everyRule).toContain('key_product_without_resources');
    expect(everyRule).toContain('key_product_without_strategy');

    const onPath = issuesOnPath(plan, TODAY, pathScope('quick'));
    expect(onPath.map((issue) => issue.code)).not.toContain('key_product_without_resources');
    expect(onPath.map((issue) => issue.code)).not.toContain('key_product_without_strategy');
    expect(new Set(onPath.map((issue) => issue.step))).toEqual(new Set([1, 6]));
    expect(onPath.map((issue) => issue.code)).toContain('leader_required');
  });

  it('keeps every rule once the plan is widened to the Full plan', () => {
    const plan = { ...quickPlanWithProduct(), path: 'full' as const };
    expect(issuesOnPath(plan, TODAY, pathScope('full'))).toEqual(planIssues(plan, TODAY));
  });

  it('scores a Quick plan only on the Quick items, a Full plan on all of them', () => {
    const plan = samplePlan();
    const quick = selfCheckOnPath(plan, planIssues(plan, TODAY), TODAY, pathScope('quick'));
    expect(quick.map((result) => result.item)).toEqual([
      'purpose_people_first',
      'leader_and_deputy',
      'key_product_ranked',
      'emergency_ready',
      'review_scheduled',
    ]);
    const full = selfCheckOnPath(plan, planIssues(plan, TODAY), TODAY, pathScope('full'));
    expect(full.map((result) => result.item)).toEqual([...SELF_CHECK_ITEMS]);
  });

  it("gives a Quick plan's summary for partners the score of its own self-check", () => {
    const plan: Plan = { ...samplePlan(), path: 'quick' };
    const scope = pathScope('quick');
    expect(partnerSummary(plan, issuesOnPath(plan, TODAY, scope), TODAY, scope).selfCheck).toEqual({ passed: 5, total: 5 });
  });

  it('counts the steps of the path: step 6 is the third of four on a Quick plan', () => {
    expect(pathScope('quick').steps).toEqual([1, 2, 6, 10]);
    expect(stepPosition(pathScope('quick'), 6)).toBe(3);
    expect(stepPosition(pathScope('quick'), 7)).toBeNull();
    expect(stepPosition(pathScope('full'), 6)).toBe(6);
  });
});
