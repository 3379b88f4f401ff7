import { describe, expect, it } from 'vitest';
import { SELF_CHECK_ITEMS, type Plan, type SelfCheckItem } from '../plan';
import { planIssues } from '../rules';
import { blankPlan, exercise, samplePlan, strategy, TODAY } from '../testing/builders';
import { MANUAL_SELF_CHECK_ITEMS, selfCheck } from './self-check';

/** The staff record that step 1 points at: the leader's and deputy's phone lives there. */
function staffRecordOf(plan: Plan, employeeId: string | null) {
  const employee = plan.contacts.employees.find(({ id }) => id === employeeId);
  if (!employee) throw new Error(`no staff record ${String(employeeId)}`);
  return employee;
}

const check = (plan: Plan, today = TODAY) => selfCheck(plan, planIssues(plan, today), today);
const failed = (plan: Plan, today = TODAY): SelfCheckItem[] =>
  check(plan, today)
    .filter((result) => !result.passed)
    .map((result) => result.item);

describe('selfCheck', () => {
  it('gives one result per item, in order, with only the owner-confirmed items manual', () => {
    expect(MANUAL_SELF_CHECK_ITEMS).toEqual(['resources_and_bottlenecks']);
    expect(check(samplePlan()).map(({ item, kind }) => [item, kind])).toEqual(
      SELF_CHECK_ITEMS.map((item) => [item, item === 'resources_and_bottlenecks' ? 'manual' : 'computed']),
    );
  });

  it('passes every item for the complete sample plan', () => {
    expect(failed(samplePlan())).toEqual([]);
  });

  it('fails every item but the review date for a new plan, whose first review is due a year after it was created', () => {
    expect(failed(blankPlan())).toEqual(SELF_CHECK_ITEMS.filter((item) => item !== 'review_scheduled'));
  });

  it('passes a manual item only once ticked', () => {
    const plan = samplePlan();
    plan.selfCheckTicks = [];
    expect(failed(plan)).toEqual(['resources_and_bottlenecks']);
  });

  it.each<[SelfCheckItem, string, (plan: Plan) => void]>([
    ['purpose_people_first', 'people are not first', (plan) => void (plan.purpose.priorities = ['protect_jobs', 'protect_people'])],
    ['purpose_people_first', 'there is no purpose statement', (plan) => void (plan.purpose.statement = ' ')],
    ['scope_sections', 'no section has a name', (plan) => plan.scope.sections.forEach((section) => void (section.name = ''))],
    ['leader_and_deputy', "the deputy's staff record has no phone", (plan) => void (staffRecordOf(plan, plan.team.deputy.employeeId).mobile = '')],
    ['leader_and_deputy', "the leader's phone is not a phone number", (plan) => void (staffRecordOf(plan, plan.team.leader.employeeId).mobile = 'ask Malee')],
    ['leader_and_deputy', 'there is no deputy', (plan) => void (plan.team.deputy.employeeId = null)],
    ['leader_and_deputy', "the deputy's staff record was removed", (plan) => void (plan.contacts.employees = plan.contacts.employees.filter(({ id }) => id !== plan.team.deputy.employeeId))],
    ['key_product_ranked', 'no product has a rank', (plan) => plan.keyProducts.forEach((product) => void (product.rank = null))],
    ['key_product_ranked', 'no product has a recovery time', (plan) => plan.keyProducts.forEach((product) => void (product.rto.value = null))],
    ['top_hazard_scenario', 'the top hazard has no scenario', (plan) => void (plan.scenarios = plan.scenarios.filter((item) => item.hazardCode !== 'flood'))],
    ['top_hazard_scenario', 'no hazard is scored', (plan) => plan.hazards.forEach((item) => void (item.impact = null))],
    ['bottlenecks_covered', 'a bottleneck is unprotected', (plan) => plan.resources.forEach((item) => void (item.substituteAvailable = false))],
    ['bottlenecks_covered', 'there are no resources', (plan) => void (plan.resources = [])],
    ['emergency_ready', 'there are no first actions', (plan) => void (plan.emergency.firstActions = [])],
    ['emergency_ready', 'there is no assembly point', (plan) => void (plan.emergency.evacuation.assemblyPoint = '')],
    ['emergency_ready', 'nobody activates the plan', (plan) => void (plan.emergency.activation.whoDecides = '')],
    ['emergency_ready', 'there are no staff contacts', (plan) => void (plan.contacts.employees = [])],
    ['emergency_ready', 'there are no outside contacts', (plan) => void (plan.contacts.external = [])],
    ['strategies_meet_rto', 'a strategy has no achievable time', (plan) => plan.strategies.forEach((item) => void (item.achievableDays = null))],
    ['strategies_meet_rto', 'a product has no strategy', (plan) => void (plan.strategies = plan.strategies.slice(0, 4))],
    ['strategies_meet_rto', 'a strategy is too slow', (plan) => plan.strategies.forEach((item) => void (item.achievableDays = 100))],
    ['finance_recorded', 'cash is unknown', (plan) => void (plan.finance.cashOnHand = null)],
    ['finance_recorded', 'fixed costs are zero', (plan) => void (plan.finance.monthlyFixedCosts = 0)],
    ['finance_recorded', 'there is no insurance', (plan) => void (plan.finance.insurance = [])],
    ['exercise_recent', 'there are no exercises', (plan) => void (plan.exercises = [])],
    ['review_scheduled', 'the review is overdue', (plan) => void (plan.review.lastReviewed = '2024-01-31')],
    ['review_scheduled', 'the last review date is unreadable', (plan) => void (plan.review.lastReviewed = 'Jan')],
  ])('fails %s when %s', (item, _why, change) => {
    const plan = samplePlan();
    change(plan);
    expect(failed(plan)).toContain(item);
  });

  it('passes strategies_meet_rto when one of several strategies of a product is fast enough', () => {
    const plan = samplePlan();
    const sauce = plan.keyProducts[0];
    plan.strategies.push(strategy({ keyProductId: sauce?.id ?? null, type: 'outsource', description: 'Slow', achievableDays: 30 }));
    expect(failed(plan)).toEqual([]);
  });

  it.each([
    ['2024-06-15', true],
    ['2024-06-14', false],
    ['2025-06-15', true],
    ['2026-06-15', true],
    ['2026-06-16', false],
    ['2025-02-30', false],
  ])('counts an exercise dated %s as recent: %s', (date, recent) => {
    const plan = samplePlan();
    plan.exercises = [exercise({ date, type: 'tabletop' })];
    expect(failed(plan).includes('exercise_recent')).toBe(!recent);
  });

  it('passes review_scheduled on the day the review is due, not the day after', () => {
    const plan = samplePlan();
    plan.review.lastReviewed = '2024-06-15';
    expect(failed(plan, new Date(2025, 5, 15))).not.toContain('review_scheduled');
    expect(failed(plan, new Date(2025, 5, 16))).toContain('review_scheduled');
  });
});
