import { describe, expect, it } from 'vitest';
import { planIssues } from '../rules';
import { blankPlan, exercise, FULL_SCOPE, hazard, keyProduct, measure, samplePlan, strategy, TODAY } from '../testing/builders';
import type { Plan } from '../plan';
import { partnerSummary, summaryContacts, summaryItems } from './partner-summary';

const summaryOf = (plan: Plan) => partnerSummary(plan, planIssues(plan, TODAY), TODAY, FULL_SCOPE);
const withChoices = (plan: Plan, choices: Partial<Plan['partnerSummary']>): Plan => ({
  ...plan,
  partnerSummary: { ...plan.partnerSummary, ...choices },
});

describe('partnerSummary', () => {
  it('shows the key products in rank order with their strategy kinds and the fastest restart', () => {
    const sauce = keyProduct({ name: 'Sauce', rank: 2, rto: { value: 7, unit: 'days' } });
    const bread = keyProduct({ name: 'Bread', rank: 1 });
    const plan: Plan = {
      ...blankPlan(),
      keyProducts: [sauce, bread, keyProduct({ name: '  ' })],
      strategies: [
        strategy({ keyProductId: sauce.id, type: 'restore_on_site', achievableDays: 6 }),
        strategy({ keyProductId: sauce.id, type: 'partner_mutual_aid', achievableDays: 4 }),
        strategy({ keyProductId: sauce.id, type: 'restore_on_site', achievableDays: null }),
      ],
    };
    expect(summaryOf(plan).products).toEqual([
      { id: bread.id, name: 'Bread', rto: bread.rto, strategyTypes: [], readyInDays: null },
      { id: sauce.id, name: 'Sauce', rto: sauce.rto, strategyTypes: ['restore_on_site', 'partner_mutual_aid'], readyInDays: 4 },
    ]);
  });

  it('leaves out measures not yet done, insurance and anything the owner hid', () => {
    const done = measure({ action: 'Generator', status: 'done' });
    const hidden = measure({ action: 'Alarm', status: 'done' });
    const plan = withChoices(
      {
        ...blankPlan(),
        measures: [done, hidden, measure({ action: 'Boards', status: 'planned' }), measure({ action: 'Flood cover', status: 'done', type: 'insurance' })],
        hazards: [hazard({ code: 'fire', likelihood: 1, impact: 1 }), hazard({ code: 'flood', likelihood: 4, impact: 4 }), hazard({ code: 'other', label: '' })],
      },
      { hiddenItems: [hidden.id, 'address', 'selfCheck'] },
    );
    const summary = summaryOf(plan);
    expect(summary.measures.map((item) => item.action)).toEqual(['Generator']);
    expect(summary.hazards.map((item) => item.code)).toEqual(['flood', 'fire']);
    expect(summary.address).toBeNull();
    expect(summary.selfCheck).toBeNull();
    expect(summary.review).not.toBeNull();
  });

  it('gives the last exercise held, not one still to come', () => {
    const plan: Plan = { ...blankPlan(), exercises: [exercise({ date: '2025-03-01' }), exercise({ date: '2025-09-01' }), exercise({ date: 'soon' })] };
    expect(summaryOf(plan).lastExercise).toBe('2025-03-01');
    expect(summaryOf(blankPlan()).lastExercise).toBeUndefined();
    expect(summaryOf(withChoices(plan, { hiddenItems: ['lastExercise'] })).lastExercise).toBeNull();
  });

  it("prints the chosen contact's details only, and nobody's by default", () => {
    const plan = samplePlan();
    expect(summaryOf(plan).contact).toBeNull();
    const deputy = plan.contacts.employees.find(({ id }) => id === plan.team.deputy.employeeId);
    expect(summaryOf(withChoices(plan, { contactId: 'deputy' })).contact).toMatchObject({ name: deputy?.name, phone: deputy?.mobile });
    expect(summaryOf(withChoices(plan, { contactId: 'someone-removed' })).contact).toBeNull();
  });

  it('scores the self-check', () => {
    expect(summaryOf(samplePlan()).selfCheck).toEqual({ passed: 12, total: 12 });
  });
});

describe('summaryItems and summaryContacts', () => {
  it('lists every item the owner can hide, in the order the summary prints them', () => {
    const plan = samplePlan();
    const kinds = summaryItems(plan).map((item) => item.kind);
    expect(kinds[0]).toBe('part');
    expect(kinds.filter((kind) => kind === 'keyProduct')).toHaveLength(plan.keyProducts.length);
    expect(kinds.filter((kind) => kind === 'hazard')).toHaveLength(plan.hazards.length);
    expect(kinds.filter((kind) => kind === 'measure')).toHaveLength(2);
    expect(summaryItems(plan).slice(-3).map((item) => item.id)).toEqual(['lastExercise', 'reviewDates', 'selfCheck']);
  });

  it('offers the leader, the deputy and the named team members as contacts', () => {
    const plan = samplePlan();
    expect(summaryContacts(plan).map((contact) => contact.role)).toEqual(['leader', 'deputy', 'member', 'member', 'member']);
    expect(summaryContacts(blankPlan())).toEqual([]);
  });
});
