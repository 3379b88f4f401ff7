import { describe, expect, it } from 'vitest';
import type { Plan } from './plan';
import { ISSUE_CODES, planIssues, type IssueCode, type PlanIssue } from './rules';
import { hazardTarget } from './step5-measures';
import {
  blankPlan,
  callLink,
  effect,
  employee,
  hazard,
  keyProduct,
  measure,
  resource,
  samplePlan,
  scenario,
  strategy,
  TODAY,
} from './testing/builders';
import { RULE_CASES } from './testing/rule-cases';

const issuesOf = (plan: Plan): PlanIssue[] => planIssues(plan, TODAY);
const codesOf = (plan: Plan): IssueCode[] => issuesOf(plan).map((issue) => issue.code);
const withCode = (plan: Plan, code: IssueCode): PlanIssue[] => issuesOf(plan).filter((issue) => issue.code === code);

/** Codes a broken sample may raise besides the one under test, because the change breaks references too. */
const KNOCK_ON: Partial<Record<IssueCode, IssueCode[]>> = {
  key_products_required: ['resource_used_by_unknown', 'strategy_product_unknown'],
};

describe('planIssues on the sample plan', () => {
  it('finds nothing in the complete sample plan (the valid counterpart of every rule)', () => {
    expect(issuesOf(samplePlan())).toEqual([]);
  });

  it('has a breaking case for every issue code', () => {
    expect(new Set(RULE_CASES.map((ruleCase) => ruleCase.code))).toEqual(new Set(ISSUE_CODES));
  });

  it.each(RULE_CASES)('raises $code ($severity, step $step)', ({ code, severity, step, path, params, breakPlan }) => {
    const plan = samplePlan();
    breakPlan(plan);
    const found = withCode(plan, code);
    const expected = params === undefined ? { severity, step, code, path } : { severity, step, code, path, params };
    expect(found).toContainEqual(expected);
    expect(codesOf(plan).filter((other) => other !== code && !(KNOCK_ON[code] ?? []).includes(other))).toEqual([]);
  });

  it('omits params when a message needs none', () => {
    const plan = samplePlan();
    plan.company.name = '';
    expect(withCode(plan, 'company_name_required')[0]).not.toHaveProperty('params');
  });

  it('lists issues step by step', () => {
    const plan = samplePlan();
    const oneCodePerStep: IssueCode[] = [
      'review_overdue',
      'exercise_type_required',
      'currency_invalid',
      'strategy_type_required',
      'kit_item_required',
      'measure_action_required',
      'hazard_code_required',
      'resource_name_required',
      'key_product_rto_required',
      'company_name_required',
    ];
    RULE_CASES.filter((ruleCase) => oneCodePerStep.includes(ruleCase.code)).forEach(({ breakPlan }) => breakPlan(plan));
    expect(issuesOf(plan).map((issue) => issue.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('an empty plan', () => {
  it('asks for the essentials only', () => {
    expect(issuesOf(blankPlan())).toEqual([
      { severity: 'error', step: 1, code: 'scope_sections_required', path: ['scope', 'sections'] },
      { severity: 'error', step: 1, code: 'leader_required', path: ['team', 'leader', 'employeeId'] },
      { severity: 'warning', step: 1, code: 'deputy_missing', path: ['team', 'deputy', 'employeeId'] },
      { severity: 'error', step: 2, code: 'key_products_required', path: ['keyProducts'] },
      { severity: 'error', step: 6, code: 'activation_who_decides_required', path: ['emergency', 'activation', 'whoDecides'] },
      { severity: 'error', step: 6, code: 'assembly_point_required', path: ['emergency', 'evacuation', 'assemblyPoint'] },
    ]);
  });

  it('asks for a name when the company has none', () => {
    const plan = blankPlan();
    plan.company.name = '';
    expect(codesOf(plan)).toContain('company_name_required');
  });
});

describe('the step of each issue', () => {
  it('files the questions a new plan must answer under the step that asks them', () => {
    const issues = issuesOf(blankPlan());
    expect(issues.filter((issue) => issue.step === 6).map((issue) => issue.code)).toEqual([
      'activation_who_decides_required',
      'assembly_point_required',
    ]);
    expect(issues.filter((issue) => issue.step === 9)).toEqual([]);
  });
});

describe('step 1 rules', () => {
  it('accepts protect_people first among several priorities, not later', () => {
    const plan = samplePlan();
    plan.purpose.priorities = ['protect_people', 'protect_jobs'];
    expect(codesOf(plan)).toEqual([]);
    plan.purpose.priorities = ['protect_jobs'];
    expect(codesOf(plan)).toEqual(['protect_people_not_first']);
  });

  it("checks the phone numbers of team members, and the deputy's on their staff record", () => {
    const plan = samplePlan();
    const deputy = plan.contacts.employees[1];
    if (deputy) deputy.mobile = '12';
    const member = plan.team.members[2];
    if (member) member.phone = 'none';
    expect(withCode(plan, 'phone_invalid').map((issue) => [issue.step, issue.path])).toEqual([
      [1, ['team', 'members', 2, 'phone']],
      [6, ['contacts', 'employees', 1, 'mobile']],
    ]);
  });

  it("reports a missing phone of the leader once, in step 1, on the leader's staff record", () => {
    const plan = samplePlan();
    const leader = plan.contacts.employees[0];
    if (leader) leader.mobile = '';
    expect(issuesOf(plan)).toEqual([{ severity: 'error', step: 1, code: 'leader_phone_required', path: ['contacts', 'employees', 0, 'mobile'] }]);
  });

  it('asks for the leader again when their staff record is removed', () => {
    const plan = samplePlan();
    plan.contacts.employees = plan.contacts.employees.filter((employee) => employee.id !== plan.team.leader.employeeId);
    plan.callTree = [];
    expect(codesOf(plan)).toEqual(['leader_required']);
  });

  it('does not allow a negative number of employees', () => {
    const plan = samplePlan();
    plan.company.employeeCount = -3;
    expect(withCode(plan, 'number_negative')[0]?.path).toEqual(['company', 'employeeCount']);
  });
});

describe('key product rules', () => {
  const withRanks = (...ranks: (number | null)[]): Plan => {
    const plan = samplePlan();
    ranks.forEach((rank, index) => {
      const product = plan.keyProducts[index];
      if (product) product.rank = rank;
    });
    return plan;
  };

  it('accepts unique ranks 1..n in any order', () => {
    expect(codesOf(withRanks(4, 2, 1, 3))).toEqual([]);
  });

  it('flags every product sharing a rank', () => {
    const paths = withCode(withRanks(1, 2, 2, 4), 'key_product_rank_duplicate').map((issue) => issue.path);
    expect(paths).toEqual([
      ['keyProducts', 1, 'rank'],
      ['keyProducts', 2, 'rank'],
    ]);
  });

  it.each([0, 5, 1.5, -1])('rejects rank %o among 4 products', (rank) => {
    expect(codesOf(withRanks(1, 2, 3, rank))).toEqual(['key_product_rank_out_of_range']);
  });

  it.each([
    [{ value: 12, unit: 'weeks' as const }, false],
    [{ value: 84, unit: 'days' as const }, false],
    [{ value: 85, unit: 'days' as const }, true],
    [{ value: 2016, unit: 'hours' as const }, false],
    [{ value: 2017, unit: 'hours' as const }, true],
  ])('warns about a target recovery time %o over 12 weeks: %s', (rto, warned) => {
    const plan = samplePlan();
    const exportSauce = plan.keyProducts[3];
    if (exportSauce) exportSauce.rto = rto;
    expect(codesOf(plan).includes('key_product_rto_long')).toBe(warned);
  });

  it.each([
    ['financial', 1, false],
    ['customers', 3, false],
    ['reputation', null, false],
    ['legal', 4, true],
    ['financial', 0, true],
    ['customers', 2.5, true],
  ] as const)('checks impact %s = %o on the 1 to 3 scale (error: %s)', (area, level, rejected) => {
    const plan = samplePlan();
    const sauce = plan.keyProducts[0];
    if (sauce) sauce.impact[area] = level;
    const expected = rejected
      ? [{ severity: 'error', step: 2, code: 'number_out_of_range', path: ['keyProducts', 0, 'impact', area], params: { min: 1, max: 3 } }]
      : [];
    expect(issuesOf(plan)).toEqual(expected);
  });

  it.each([
    [0, false],
    [55.5, false],
    [100, false],
    [null, false],
    [-1, true],
    [101, true],
  ])('checks a minimum level of %o%% (error: %s)', (percent, rejected) => {
    const plan = samplePlan();
    const sauce = plan.keyProducts[0];
    if (sauce) sauce.minimumLevelPct = percent;
    expect(withCode(plan, 'number_out_of_range').map((issue) => issue.params)).toEqual(
      rejected ? [{ min: 0, max: 100 }] : [],
    );
  });

  it('names an unnamed product by its position', () => {
    const plan = samplePlan();
    const crackers = plan.keyProducts[1];
    if (crackers) Object.assign(crackers, { name: '', rank: null });
    expect(withCode(plan, 'key_product_rank_required')[0]?.params).toEqual({ product: '#2' });
  });
});

describe('resource rules', () => {
  function bottleneckPlan() {
    const plan = samplePlan();
    const bread = plan.keyProducts[0]?.id ?? '';
    const oven = resource({ category: 'equipment', name: 'Oven', usedBy: [bread], isBottleneck: true });
    plan.resources.push(oven);
    return { plan, oven };
  }

  it('warns about a bottleneck without substitute or measure', () => {
    const { plan } = bottleneckPlan();
    expect(withCode(plan, 'bottleneck_unprotected')).toEqual([
      { severity: 'warning', step: 3, code: 'bottleneck_unprotected', path: ['resources', 12], params: { resource: 'Oven' } },
    ]);
  });

  it('accepts a bottleneck with a substitute', () => {
    const { plan, oven } = bottleneckPlan();
    oven.substituteAvailable = true;
    expect(codesOf(plan)).toEqual([]);
  });

  it('accepts a bottleneck with a measure that targets it, not one that targets something else', () => {
    const { plan, oven } = bottleneckPlan();
    plan.measures.push(measure({ target: plan.resources[0]?.id ?? null, action: 'Service contract' }));
    expect(codesOf(plan)).toEqual(['bottleneck_unprotected']);
    plan.measures.push(measure({ target: oven.id, action: 'Spare heating elements' }));
    expect(codesOf(plan)).toEqual([]);
  });

  it('does not warn about resources that are not bottlenecks', () => {
    const { plan, oven } = bottleneckPlan();
    oven.isBottleneck = false;
    expect(codesOf(plan)).toEqual([]);
  });

  it('flags a resource still used by a deleted product, and only that link', () => {
    const plan = samplePlan();
    const exportSauce = plan.keyProducts[3];
    plan.keyProducts = plan.keyProducts.slice(0, 3);
    plan.strategies = plan.strategies.filter((item) => item.keyProductId !== exportSauce?.id);
    const dangling = withCode(plan, 'resource_used_by_unknown');
    expect(dangling.map((issue) => issue.path)).toContainEqual(['resources', 0, 'usedBy', 2]);
    expect(codesOf(plan).every((code) => code === 'resource_used_by_unknown')).toBe(true);
    expect(dangling).toHaveLength(plan.resources.filter((item) => item.usedBy.includes(exportSauce?.id ?? '')).length);
  });

  it('allows a supplier without an alternate, but not a negative lead time', () => {
    const plan = samplePlan();
    const cooperative = plan.suppliers[0];
    if (cooperative) Object.assign(cooperative, { alternateSupplierId: null, leadTimeDays: -2 });
    expect(issuesOf(plan)).toEqual([
      { severity: 'error', step: 3, code: 'number_negative', path: ['suppliers', 0, 'leadTimeDays'] },
    ]);
  });

  it('checks supplier phone numbers and emails', () => {
    const plan = samplePlan();
    const market = plan.suppliers[1];
    if (market) Object.assign(market, { phone: 'ask Jintana', email: 'jintana@' });
    expect(issuesOf(plan).map((issue) => [issue.code, issue.path])).toEqual([
      ['phone_invalid', ['suppliers', 1, 'phone']],
      ['email_invalid', ['suppliers', 1, 'email']],
    ]);
  });
});

describe('risk rules', () => {
  function hazardPlan(...hazards: Plan['hazards']) {
    const plan = samplePlan();
    plan.hazards = hazards;
    plan.scenarios = [];
    plan.measures = plan.measures.filter((item) => !item.target?.startsWith('hazard:'));
    return plan;
  }

  it('accepts a scenario for any hazard sharing the top score', () => {
    const plan = hazardPlan(hazard({ code: 'flood', likelihood: 4, impact: 4 }), hazard({ code: 'fire', likelihood: 4, impact: 4 }));
    plan.scenarios = [scenario({ hazardCode: 'fire' })];
    expect(codesOf(plan)).toEqual([]);
  });

  it('points at the first top hazard when no top hazard has a scenario', () => {
    const plan = hazardPlan(
      hazard({ code: 'pandemic', likelihood: 1, impact: 2 }),
      hazard({ code: 'flood', likelihood: 4, impact: 4 }),
      hazard({ code: 'fire', likelihood: 4, impact: 4 }),
    );
    plan.scenarios = [scenario({ hazardCode: 'pandemic' })];
    expect(issuesOf(plan)).toEqual([
      { severity: 'error', step: 4, code: 'top_hazard_without_scenario', path: ['hazards', 1], params: { hazard: 'flood', score: 16 } },
    ]);
  });

  it('names an "other" top hazard by its label', () => {
    const plan = hazardPlan(hazard({ code: 'other', label: 'Chemical spill upstream', likelihood: 3, impact: 4 }));
    expect(withCode(plan, 'top_hazard_without_scenario')[0]?.params).toEqual({ hazard: 'Chemical spill upstream', score: 12 });
  });

  it('needs no scenario while no hazard is scored', () => {
    const plan = hazardPlan(hazard({ code: 'flood', likelihood: 4 }));
    expect(codesOf(plan)).toEqual(['hazard_impact_required']);
    expect(codesOf(hazardPlan())).toEqual([]);
  });

  it('allows several "other" hazards, and flags only the repeat of a listed hazard', () => {
    const plan = hazardPlan(
      hazard({ code: 'other', label: 'Chemical spill', likelihood: 1, impact: 1 }),
      hazard({ code: 'other', label: 'Protest blocks the road', likelihood: 1, impact: 1 }),
      hazard({ code: 'flood', likelihood: 2, impact: 2 }),
      hazard({ code: 'flood', likelihood: 3, impact: 2 }),
    );
    plan.scenarios = [scenario({ hazardCode: 'flood' })];
    expect(withCode(plan, 'hazard_duplicate').map((issue) => issue.path)).toEqual([['hazards', 3, 'code']]);
  });

  it.each([2.5, 0, 6])('rejects an impact of %o', (impact) => {
    const plan = hazardPlan(hazard({ code: 'flood', likelihood: 3, impact }));
    expect(withCode(plan, 'number_out_of_range')).toEqual([
      { severity: 'error', step: 4, code: 'number_out_of_range', path: ['hazards', 0, 'impact'], params: { min: 1, max: 5 } },
    ]);
  });

  it('compares scenario outages with targets set in hours', () => {
    const plan = samplePlan();
    const sauce = plan.keyProducts[0];
    if (sauce) sauce.rto = { value: 120, unit: 'hours' };
    plan.strategies.forEach((item) => {
      if (item.keyProductId === sauce?.id) item.achievableDays = 4;
    });
    expect(codesOf(plan)).toEqual([]);
    if (sauce) sauce.rto = { value: 100, unit: 'hours' };
    expect(withCode(plan, 'scenario_exceeds_rto').map((issue) => issue.params)).toEqual([
      { product: 'Sweet chilli sauce, 300 ml bottles', days: 5, rtoDays: 4.17 },
    ]);
  });

  it('does not allow negative outage days', () => {
    const plan = samplePlan();
    plan.scenarios[1]?.effects.push(effect({ resourceId: plan.resources[0]?.id ?? null, unavailableDays: -1 }));
    expect(withCode(plan, 'number_negative').map((issue) => issue.path)).toEqual([['scenarios', 1, 'effects', 2, 'unavailableDays']]);
  });
});

describe('measure rules', () => {
  it.each([
    ['a resource id', (plan: Plan) => plan.resources[3]?.id ?? '', false],
    ['a hazard in the plan', () => hazardTarget('pandemic'), false],
    ['nothing', () => null, false],
    ['an empty target', () => '', false],
    ['a hazard not in the plan', () => hazardTarget('tsunami'), true],
    ['a deleted resource', () => 'deleted-resource', true],
  ])('checks a measure targeting %s', (_what, target, rejected) => {
    const plan = samplePlan();
    plan.measures.push(measure({ target: target(plan), action: 'Do something' }));
    expect(codesOf(plan)).toEqual(rejected ? ['measure_target_unknown'] : []);
  });
});

describe('call tree rules', () => {
  function staffPlan(count: number) {
    const plan = samplePlan();
    const staff = Array.from({ length: count }, (_, index) => employee({ name: `Person ${index + 1}`, mobile: `081 000 000${index}` }));
    plan.contacts.employees = staff;
    plan.callTree = [];
    const ids = staff.map((person) => person.id);
    // the leader and deputy are people of the staff list
    plan.team.leader.employeeId = ids[0] ?? null;
    plan.team.deputy.employeeId = ids[1] ?? null;
    return { plan, ids };
  }

  it('flags every call of a cycle of three', () => {
    const { plan, ids } = staffPlan(3);
    const [a = '', b = '', c = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [b] }), callLink({ callerId: b, calleeIds: [c] }), callLink({ callerId: c, calleeIds: [a] })];
    expect(issuesOf(plan)).toEqual([
      { severity: 'error', step: 6, code: 'call_tree_cycle', path: ['callTree', 0, 'calleeIds', 0], params: { caller: 'Person 1', callee: 'Person 2' } },
      { severity: 'error', step: 6, code: 'call_tree_cycle', path: ['callTree', 1, 'calleeIds', 0], params: { caller: 'Person 2', callee: 'Person 3' } },
      { severity: 'error', step: 6, code: 'call_tree_cycle', path: ['callTree', 2, 'calleeIds', 0], params: { caller: 'Person 3', callee: 'Person 1' } },
    ]);
  });

  it('flags a cycle of two, but not calls leading out of it', () => {
    const { plan, ids } = staffPlan(3);
    const [a = '', b = '', c = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [b, c] }), callLink({ callerId: b, calleeIds: [a] })];
    expect(withCode(plan, 'call_tree_cycle').map((issue) => issue.path)).toEqual([
      ['callTree', 0, 'calleeIds', 0],
      ['callTree', 1, 'calleeIds', 0],
    ]);
  });

  it('flags someone calling themselves as such, not as a cycle', () => {
    const { plan, ids } = staffPlan(2);
    const [a = '', b = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [a, b] })];
    expect(issuesOf(plan)).toEqual([
      { severity: 'error', step: 6, code: 'call_tree_calls_self', path: ['callTree', 0, 'calleeIds', 0], params: { caller: 'Person 1' } },
    ]);
  });

  it('accepts a tree whose root nobody calls and in which someone is called twice', () => {
    const { plan, ids } = staffPlan(4);
    const [a = '', b = '', c = '', d = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [b, c] }), callLink({ callerId: b, calleeIds: [d] }), callLink({ callerId: c, calleeIds: [d] })];
    expect(codesOf(plan)).toEqual([]);
  });

  it('warns about employees outside the tree, but only once a tree exists', () => {
    const { plan, ids } = staffPlan(3);
    expect(codesOf(plan)).toEqual([]);
    const [a = '', b = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [b] })];
    expect(issuesOf(plan)).toEqual([
      { severity: 'warning', step: 6, code: 'employee_not_called', path: ['contacts', 'employees', 2], params: { employee: 'Person 3' } },
    ]);
  });

  it('warns once per repeated caller row', () => {
    const { plan, ids } = staffPlan(3);
    const [a = '', b = '', c = ''] = ids;
    plan.callTree = [callLink({ callerId: a, calleeIds: [b] }), callLink({ callerId: a, calleeIds: [c] }), callLink({ callerId: a, calleeIds: [] })];
    expect(withCode(plan, 'call_tree_duplicate_caller').map((issue) => issue.path)).toEqual([
      ['callTree', 1, 'callerId'],
      ['callTree', 2, 'callerId'],
    ]);
  });

  it('checks employee phone numbers', () => {
    const plan = samplePlan();
    const anan = plan.contacts.employees[2];
    if (anan) anan.altPhone = 'home';
    expect(withCode(plan, 'phone_invalid').map((issue) => issue.path)).toEqual([['contacts', 'employees', 2, 'altPhone']]);
  });
});

describe('strategy rules', () => {
  function sauceStrategy(days: number | null, rto: Plan['keyProducts'][number]['rto']) {
    const plan = samplePlan();
    const sauce = plan.keyProducts[0];
    if (sauce) sauce.rto = rto;
    plan.scenarios = [];
    plan.hazards = [];
    plan.measures = plan.measures.filter((item) => !item.target?.startsWith('hazard:'));
    plan.strategies = plan.strategies.filter((item) => item.keyProductId !== sauce?.id);
    plan.strategies.push(strategy({ keyProductId: sauce?.id ?? null, type: 'outsource', description: 'Co-packer', achievableDays: days }));
    return plan;
  }

  it.each([
    [7, { value: 7, unit: 'days' as const }, false],
    [null, { value: 7, unit: 'days' as const }, false],
    [8, { value: null, unit: 'days' as const }, false],
    [8, { value: 1, unit: 'weeks' as const }, true],
    [2, { value: 36, unit: 'hours' as const }, true],
    [1, { value: 36, unit: 'hours' as const }, false],
  ])('compares %o achievable days with a target of %o (warning: %s)', (days, rto, warned) => {
    expect(codesOf(sauceStrategy(days, rto)).filter((code) => code !== 'key_product_rto_required')).toEqual(
      warned ? ['strategy_slower_than_rto'] : [],
    );
  });

  it('gives the target in days for targets set in hours', () => {
    expect(withCode(sauceStrategy(2, { value: 36, unit: 'hours' }), 'strategy_slower_than_rto')[0]?.params).toEqual({
      product: 'Sweet chilli sauce, 300 ml bottles',
      days: 2,
      rtoDays: 1.5,
    });
  });

  it('does not allow negative achievable days', () => {
    expect(codesOf(sauceStrategy(-1, { value: 7, unit: 'days' }))).toEqual(['number_negative']);
  });
});

describe('finance, exercise and review rules', () => {
  it.each(['THB', 'USD', 'IDR', 'VND'])('accepts the currency %s', (currency) => {
    const plan = samplePlan();
    plan.finance.currency = currency;
    expect(codesOf(plan)).toEqual([]);
  });

  it.each(['', 'TH', 'THBB', 'thb', 'T1B', '฿'])('rejects the currency %o', (currency) => {
    const plan = samplePlan();
    plan.finance.currency = currency;
    expect(codesOf(plan)).toEqual(['currency_invalid']);
  });

  it('checks amounts, insurer phones, exercise and approval dates', () => {
    const plan = samplePlan();
    plan.finance.monthlyFixedCosts = -1;
    plan.finance.estimatedRecoveryCost = -1;
    const overdraft = plan.finance.credit[0];
    if (overdraft) overdraft.amount = -1;
    const policy = plan.finance.insurance[0];
    if (policy) policy.phone = 'see letter';
    const tabletop = plan.exercises[0];
    if (tabletop) tabletop.date = 'last March';
    const followUp = tabletop?.actions[0];
    if (followUp) followUp.due = '2025-13-01';
    plan.approval.date = '31/12/2024';
    const firstAid = plan.kit[0];
    if (firstAid) firstAid.lastChecked = 'yesterday';
    expect(issuesOf(plan).map((issue) => [issue.step, issue.code, issue.path.join('.')])).toEqual([
      [6, 'date_invalid', 'kit.0.lastChecked'],
      [8, 'number_negative', 'finance.monthlyFixedCosts'],
      [8, 'number_negative', 'finance.estimatedRecoveryCost'],
      [8, 'phone_invalid', 'finance.insurance.0.phone'],
      [8, 'number_negative', 'finance.credit.0.amount'],
      [9, 'date_invalid', 'exercises.0.date'],
      [9, 'date_invalid', 'exercises.0.actions.0.due'],
      [10, 'date_invalid', 'approval.date'],
    ]);
  });

  it('warns when the review is overdue, not on the day it is due', () => {
    const plan = samplePlan();
    plan.review.lastReviewed = '2024-06-15';
    expect(codesOf(plan)).toEqual([]);
    plan.review.lastReviewed = '2024-06-14';
    expect(issuesOf(plan)).toEqual([
      { severity: 'warning', step: 10, code: 'review_overdue', path: ['review', 'lastReviewed'], params: { date: '2025-06-14' } },
    ]);
  });

  it('flags an unreadable last review date without claiming it is overdue', () => {
    const plan = samplePlan();
    plan.review.lastReviewed = 'June';
    expect(codesOf(plan)).toEqual(['date_invalid']);
  });

  it('uses the date the plan was created when it was never reviewed', () => {
    const plan = samplePlan();
    plan.review.lastReviewed = '';
    plan.createdAt = '2024-05-01T03:00:00.000Z';
    expect(issuesOf(plan)).toEqual([
      { severity: 'warning', step: 10, code: 'review_overdue', path: ['review', 'lastReviewed'], params: { date: '2025-05-01' } },
    ]);
  });
});

describe('key products and their links', () => {
  it('needs a resource and a strategy for a new key product', () => {
    const plan = samplePlan();
    plan.keyProducts.push(keyProduct({ name: 'Fish sauce', rank: 5, rto: { value: 5, unit: 'days' } }));
    expect(issuesOf(plan)).toEqual([
      { severity: 'error', step: 3, code: 'key_product_without_resources', path: ['keyProducts', 4], params: { product: 'Fish sauce' } },
      { severity: 'error', step: 7, code: 'key_product_without_strategy', path: ['keyProducts', 4], params: { product: 'Fish sauce' } },
    ]);
  });
});
