import { describe, expect, it } from 'vitest';
import { STEP_NUMBERS, type Plan, type StepNumber } from '../plan';
import { planIssues, type PlanIssue } from '../rules';
import { blankPlan, exercise, hazard, keyProduct, measure, resource, samplePlan, strategy, TODAY } from '../testing/builders';
import { planProgress, stepState } from './progress';

const stateOf = (plan: Plan, step: StepNumber) => stepState(plan, step, planIssues(plan, TODAY));

describe('stepState', () => {
  it('shows every step of a new plan as not started, with its issue counts', () => {
    const plan = blankPlan();
    expect(STEP_NUMBERS.map((step) => stateOf(plan, step).state)).toEqual(Array(10).fill('not_started'));
    expect(stateOf(plan, 1)).toEqual({ state: 'not_started', errors: 2, warnings: 1 });
    expect(stateOf(plan, 6)).toEqual({ state: 'not_started', errors: 2, warnings: 0 });
  });

  it('does not count the company name or the default "protect people" priority as progress', () => {
    const plan = blankPlan();
    plan.company.name = 'Another name';
    plan.purpose.priorities = ['protect_people'];
    expect(stateOf(plan, 1).state).toBe('not_started');
    plan.purpose.priorities = [];
    expect(stateOf(plan, 1).state).toBe('not_started');
  });

  it.each<[StepNumber, string, (plan: Plan) => void]>([
    [1, 'company address', (plan) => void (plan.company.address = 'Riverside Road 1')],
    [1, 'a second priority', (plan) => void plan.purpose.priorities.push('protect_jobs')],
    [1, 'a purpose statement', (plan) => void (plan.purpose.statement = 'People first')],
    [1, "the leader's position", (plan) => void (plan.team.leader.position = 'Owner')],
    [2, 'a key product', (plan) => void plan.keyProducts.push(keyProduct({ name: 'Bread' }))],
    [3, 'a resource', (plan) => void plan.resources.push(resource({ name: 'Oven' }))],
    [4, 'a hazard', (plan) => void plan.hazards.push(hazard({ code: 'flood' }))],
    [5, 'a measure', (plan) => void plan.measures.push(measure({ action: 'Sandbags' }))],
    [6, 'an assembly point', (plan) => void (plan.emergency.evacuation.assemblyPoint = 'Car park')],
    [7, 'a strategy', (plan) => void plan.strategies.push(strategy({ description: 'Bake at a friend’s' }))],
    [8, 'the currency', (plan) => void (plan.finance.currency = 'THB')],
    [9, 'an exercise', (plan) => void plan.exercises.push(exercise({ date: '2025-05-01' }))],
    [9, 'the training interval', (plan) => void (plan.training.frequencyMonths = 6)],
    [10, 'the last review date', (plan) => void (plan.review.lastReviewed = '2025-05-01')],
  ])('puts step %i in progress once it has %s', (step, _what, change) => {
    const plan = blankPlan();
    change(plan);
    expect(stateOf(plan, step).state).toBe('in_progress');
    const others = STEP_NUMBERS.filter((other) => other !== step);
    expect(others.map((other) => stateOf(plan, other).state)).toEqual(others.map(() => 'not_started'));
  });

  it('is complete only when marked complete and free of errors', () => {
    const plan = blankPlan();
    plan.keyProducts.push(keyProduct({ name: 'Bread', rank: 1 }));
    expect(stateOf(plan, 2).state).toBe('in_progress');
    plan.completedSteps = [2];
    expect(stateOf(plan, 2)).toEqual({ state: 'in_progress', errors: 1, warnings: 0 });
    const bread = plan.keyProducts[0];
    if (bread) bread.rto = { value: 2, unit: 'days' };
    expect(stateOf(plan, 2)).toEqual({ state: 'complete', errors: 0, warnings: 0 });
  });

  it('can be complete with warnings', () => {
    const plan = samplePlan();
    plan.team.deputy.employeeId = null;
    expect(stateOf(plan, 1)).toEqual({ state: 'complete', errors: 0, warnings: 1 });
  });

  it('lets a step with nothing to record be marked complete', () => {
    const plan = blankPlan();
    plan.completedSteps = [5];
    expect(stateOf(plan, 5).state).toBe('complete');
  });

  it('counts only the issues passed in, for the step asked', () => {
    const issues: PlanIssue[] = [
      { severity: 'warning', step: 3, code: 'bottleneck_unprotected', path: ['resources', 0] },
      { severity: 'warning', step: 3, code: 'bottleneck_unprotected', path: ['resources', 1] },
      { severity: 'error', step: 4, code: 'hazard_code_required', path: ['hazards', 0, 'code'] },
    ];
    expect(stepState(samplePlan(), 3, issues)).toEqual({ state: 'complete', errors: 0, warnings: 2 });
    expect(stepState(samplePlan(), 4, issues)).toEqual({ state: 'in_progress', errors: 1, warnings: 0 });
  });
});

describe('planProgress', () => {
  it('counts the complete steps among those given', () => {
    const plan = samplePlan();
    const issues = planIssues(plan, TODAY);
    expect(planProgress(plan, STEP_NUMBERS, issues)).toEqual({ complete: 10, total: 10, percent: 100 });
    plan.completedSteps = [1, 2, 6];
    expect(planProgress(plan, STEP_NUMBERS, issues)).toEqual({ complete: 3, total: 10, percent: 30 });
    expect(planProgress(plan, [1, 2, 6, 10], issues)).toEqual({ complete: 3, total: 4, percent: 75 });
    expect(planProgress(plan, [2, 5, 10], issues)).toEqual({ complete: 1, total: 3, percent: 33 });
  });

  it('is 0% for a new plan and for no steps', () => {
    const plan = blankPlan();
    const issues = planIssues(plan, TODAY);
    expect(planProgress(plan, STEP_NUMBERS, issues)).toEqual({ complete: 0, total: 10, percent: 0 });
    expect(planProgress(plan, [], issues)).toEqual({ complete: 0, total: 0, percent: 0 });
  });
});
