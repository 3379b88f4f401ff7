import { describe, expect, it } from 'vitest';
import { migrate, PlanDataError } from './migrate';
import { createPlan, planSchema, SCHEMA_VERSION } from './plan';
import { samplePlan, TODAY } from './testing/builders';

const minimal = { id: 'plan-1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z' };

function problemOf(raw: unknown): string {
  try {
    migrate(raw);
  } catch (error) {
    if (error instanceof PlanDataError) return error.problem;
    throw error;
  }
  return 'no error';
}

describe('migrate', () => {
  it('fills every missing field of a bare plan with its default', () => {
    const plan = migrate(minimal);
    expect(plan).toMatchObject({
      ...minimal,
      schemaVersion: SCHEMA_VERSION,
      revision: 0,
      path: 'full',
      completedSteps: [],
      selfCheckTicks: [],
      company: { name: '', address: '', industry: null, employeeCount: null, sites: [] },
      purpose: { priorities: [], statement: '' },
      scope: { sections: [], exclusions: '' },
      team: { leader: { name: '', phone: '' }, deputy: { name: '', phone: '' }, members: [] },
      keyProducts: [],
      emergency: { firstActions: [], activation: { whoDecides: '' }, safetyCheck: { method: null } },
      contacts: { employees: [], external: [] },
      finance: { currency: 'USD', cashOnHand: null, insurance: [] },
      training: { frequencyMonths: 12 },
      review: { frequencyMonths: 12, lastReviewed: '', triggers: [] },
      approval: { name: '', date: '' },
      lastExportedAt: '',
      partnerSummary: { hiddenItems: [], contactId: null, partnerLanguage: null },
    });
  });

  it('fills defaults inside list records too', () => {
    const plan = migrate({ ...minimal, keyProducts: [{ id: 'kp-1', name: 'Bread' }] });
    expect(plan.keyProducts[0]).toEqual({
      id: 'kp-1',
      name: 'Bread',
      description: '',
      rank: null,
      reasons: [],
      customers: '',
      impact: { financial: null, customers: null, reputation: null, legal: null },
      rto: { value: null, unit: 'days' },
      minimumLevelPct: null,
    });
  });

  it('keeps fields it does not know, at the top level and nested', () => {
    const plan = migrate({
      ...minimal,
      futureFeature: { on: true },
      company: { name: 'Baker', taxId: '0105' },
      team: { leader: { name: 'Ann', lineId: '@ann' } },
      keyProducts: [{ id: 'kp-1', seasonal: true }],
    });
    expect(plan).toMatchObject({
      futureFeature: { on: true },
      company: { name: 'Baker', taxId: '0105' },
      team: { leader: { name: 'Ann', lineId: '@ann' } },
      keyProducts: [{ id: 'kp-1', seasonal: true }],
    });
  });

  it('reads a plan without a schema version as version 1 and brings it up to the current version', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(migrate(minimal).schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrate(minimal).partnerSummary).toEqual({ hiddenItems: [], contactId: null, partnerLanguage: null });
  });

  it('refuses a plan from a newer version of the app', () => {
    expect(() => migrate({ ...minimal, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(PlanDataError);
    expect(problemOf({ ...minimal, schemaVersion: SCHEMA_VERSION + 1 })).toBe('future_version');
  });

  it.each([null, undefined, 'plan', 42, [], [minimal]])('refuses %o as not an object', (raw) => {
    expect(problemOf(raw)).toBe('not_an_object');
  });

  it.each([
    ['a company that is a string', { ...minimal, company: 'Baker' }],
    ['a list that is an object', { ...minimal, keyProducts: { id: 'kp-1' } }],
    ['a record without id', { ...minimal, resources: [{ name: 'Oven' }] }],
    ['a rating that is text', { ...minimal, hazards: [{ id: 'h-1', likelihood: 'high' }] }],
    ['an unknown hazard code', { ...minimal, hazards: [{ id: 'h-1', code: 'meteor' }] }],
    ['a negative revision', { ...minimal, revision: -1 }],
    ['a missing id', { createdAt: minimal.createdAt, updatedAt: minimal.updatedAt }],
    ['a review interval that is not offered', { ...minimal, review: { frequencyMonths: 7 } }],
  ])('refuses %s as invalid', (_what, raw) => {
    expect(problemOf(raw)).toBe('invalid');
  });

  it('says where invalid data is', () => {
    try {
      migrate({ ...minimal, resources: [{ name: 'Oven' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanDataError);
      expect((error as PlanDataError).details).toEqual(['resources.0.id: invalid_type']);
    }
  });

  it('reads back the sample plan unchanged after a JSON round trip', () => {
    const plan = samplePlan();
    expect(migrate(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
});

describe('migrate from version 1 to 2', () => {
  const v1 = (): Record<string, unknown> => {
    const plan = JSON.parse(JSON.stringify(samplePlan())) as Record<string, unknown>;
    delete plan.partnerSummary;
    return { ...plan, schemaVersion: 1 };
  };

  it('gives a version 1 plan the partner summary defaults and changes nothing else', () => {
    const before = v1();
    const after = migrate(before);
    expect(after.schemaVersion).toBe(2);
    expect(after.partnerSummary).toEqual({ hiddenItems: [], contactId: null, partnerLanguage: null });
    expect({ ...after, partnerSummary: undefined, schemaVersion: 1 }).toEqual({ ...before, partnerSummary: undefined });
  });

  it('keeps the choices of a version 2 plan', () => {
    const choices = { hiddenItems: ['kp-1', 'selfCheck'], contactId: 'deputy', partnerLanguage: 'ja' };
    expect(migrate({ ...minimal, schemaVersion: 2, partnerSummary: choices }).partnerSummary).toEqual(choices);
  });

  it('does not read a version 1 plan\'s unrelated data as summary choices', () => {
    expect(migrate({ ...minimal, schemaVersion: 1, partnerSummary: { hiddenItems: ['x'] } }).partnerSummary).toEqual({
      hiddenItems: [],
      contactId: null,
      partnerLanguage: null,
    });
  });

  it('refuses summary choices of the wrong shape', () => {
    expect(problemOf({ ...minimal, schemaVersion: 2, partnerSummary: { hiddenItems: 'kp-1' } })).toBe('invalid');
  });
});

describe('createPlan', () => {
  it('starts a plan with people first and the given name, path and time', () => {
    const plan = createPlan('Riverside Bakery', 'quick', TODAY);
    expect(plan).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      path: 'quick',
      createdAt: TODAY.toISOString(),
      updatedAt: TODAY.toISOString(),
      company: { name: 'Riverside Bakery' },
      purpose: { priorities: ['protect_people'] },
    });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('gives every plan its own id', () => {
    expect(createPlan('A', 'full', TODAY).id).not.toBe(createPlan('A', 'full', TODAY).id);
  });
});
