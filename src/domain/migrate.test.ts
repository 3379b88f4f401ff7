import { describe, expect, it } from 'vitest';
import { migrate, PlanDataError } from './migrate';
import { bcpDeputy, bcpLeader } from './derive/team';
import { createPlan, planSchema, SCHEMA_VERSION } from './plan';
import { planIssues } from './rules';
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
      team: { leader: { employeeId: null, position: '', email: '', authority: '' }, deputy: { employeeId: null }, members: [] },
      keyProducts: [],
      emergency: { firstActions: [], activation: { whoDecides: '' }, safetyCheck: { method: null } },
      contacts: { employees: [], external: [] },
      finance: { currency: 'USD', cashOnHand: null, insurance: [] },
      training: { frequencyMonths: 12 },
      review: { frequencyMonths: 12, lastReviewed: '', triggers: [] },
      approval: { name: '', date: '' },
      partnerSummary: { hiddenItems: [], contactId: null, partnerLanguage: null },
      incidents: [],
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
      contacts: { employees: [{ id: 'e-1', name: 'Ann', shoeSize: 38 }] },
      keyProducts: [{ id: 'kp-1', seasonal: true }],
    });
    expect(plan).toMatchObject({
      futureFeature: { on: true },
      company: { name: 'Baker', taxId: '0105' },
      team: { leader: { employeeId: 'e-1', lineId: '@ann' } },
      contacts: { employees: [{ id: 'e-1', name: 'Ann', shoeSize: 38 }] },
      keyProducts: [{ id: 'kp-1', seasonal: true }],
    });
  });

  it('reads a plan without a schema version as version 1 and brings it up to the current version', () => {
    expect(SCHEMA_VERSION).toBe(4);
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
    expect(after.schemaVersion).toBe(SCHEMA_VERSION);
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

describe('migrate from version 2 to 3: one person, one number', () => {
  type V2Person = { name: string; phone: string };
  /** The sample plan as version 2 stored it: the leader's and deputy's name and phone typed in step 1. */
  const v2 = (leader: V2Person, deputy: V2Person, employees: Record<string, unknown>[]): Record<string, unknown> => {
    const plan = JSON.parse(JSON.stringify(samplePlan())) as Record<string, unknown> & { team: Record<string, unknown> };
    return {
      ...plan,
      schemaVersion: 2,
      team: {
        ...plan.team,
        leader: { name: leader.name, position: 'Owner', phone: leader.phone, email: 'somchai@example.com', authority: 'Closes the site' },
        deputy,
      },
      contacts: { employees, external: [] },
      callTree: [],
    };
  };
  const somchai = { id: 'e-somchai', name: 'Somchai Jaidee', role: 'Owner', mobile: '+66 81 234 5678' };
  const malee = { id: 'e-malee', name: 'Malee Rattanakul', role: 'Office', mobile: '+66 89 765 4321' };
  const everyString = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(everyString) : [];

  it('links the leader and deputy to the staff records of the same name, whatever the spacing and case', () => {
    const plan = migrate(
      v2({ name: ' somchai  JAIDEE', phone: '+66 81 234 5678' }, { name: 'Malee Rattanakul', phone: '+66-89-765-4321' }, [somchai, malee]),
    );
    expect(plan.team.leader).toEqual({ employeeId: 'e-somchai', position: 'Owner', email: 'somchai@example.com', authority: 'Closes the site' });
    expect(plan.team.deputy).toEqual({ employeeId: 'e-malee' });
    expect(plan.contacts.employees.map(({ id, mobile, phoneToCheck }) => ({ id, mobile, phoneToCheck }))).toEqual([
      { id: 'e-somchai', mobile: '+66 81 234 5678', phoneToCheck: '' },
      { id: 'e-malee', mobile: '+66 89 765 4321', phoneToCheck: '' },
    ]);
    expect(bcpLeader(plan)).toMatchObject({ name: 'Somchai Jaidee', phone: '+66 81 234 5678' });
    expect(bcpDeputy(plan)).toMatchObject({ name: 'Malee Rattanakul', phone: '+66 89 765 4321' });
    expect(planIssues(plan, TODAY).filter((issue) => issue.step === 1 || issue.code === 'phone_to_check')).toEqual([]);
  });

  it("keeps both numbers when the leader's step 1 phone differs from their staff record, and warns until one is kept", () => {
    const before = v2({ name: 'Somchai Jaidee', phone: '+66 81 999 0000' }, { name: 'Malee Rattanakul', phone: '+66 89 765 4321' }, [somchai, malee]);
    const plan = migrate(before);
    const leader = bcpLeader(plan);
    expect(leader.employee).toMatchObject({ id: 'e-somchai', mobile: '+66 81 234 5678', phoneToCheck: '+66 81 999 0000' });
    expect(everyString(plan)).toEqual(expect.arrayContaining(['+66 81 234 5678', '+66 81 999 0000']));
    expect(planIssues(plan, TODAY).filter((issue) => issue.code === 'phone_to_check')).toEqual([
      {
        severity: 'warning',
        step: 6,
        code: 'phone_to_check',
        path: ['contacts', 'employees', 0, 'phoneToCheck'],
        params: { employee: 'Somchai Jaidee', first: '+66 81 234 5678', second: '+66 81 999 0000' },
      },
    ]);
    if (leader.employee) leader.employee.phoneToCheck = '';
    expect(planIssues(plan, TODAY).filter((issue) => issue.code === 'phone_to_check')).toEqual([]);
  });

  it('gives a staff record without a mobile the number typed in step 1', () => {
    const plan = migrate(v2({ name: 'Somchai Jaidee', phone: '081 234 5678' }, { name: '', phone: '' }, [{ ...somchai, mobile: '' }]));
    expect(bcpLeader(plan).employee).toMatchObject({ mobile: '081 234 5678', phoneToCheck: '' });
  });

  it('makes staff records for a leader and deputy of a plan without staff', () => {
    const plan = migrate(v2({ name: 'Somchai Jaidee', phone: '+66 81 234 5678' }, { name: 'Malee Rattanakul', phone: '+66 89 765 4321' }, []));
    expect(plan.contacts.employees).toHaveLength(2);
    expect(bcpLeader(plan).employee).toMatchObject({ name: 'Somchai Jaidee', role: 'Owner', mobile: '+66 81 234 5678', altPhone: '', phoneToCheck: '' });
    expect(bcpDeputy(plan).employee).toMatchObject({ name: 'Malee Rattanakul', role: '', mobile: '+66 89 765 4321' });
    expect(new Set(plan.contacts.employees.map(({ id }) => id)).size).toBe(2);
  });

  it('finds the staff record by its number when step 1 has a phone but no name', () => {
    const plan = migrate(v2({ name: '', phone: '+66 81 234 5678' }, { name: '', phone: '' }, [malee, somchai]));
    expect(plan.team.leader.employeeId).toBe('e-somchai');
    expect(plan.team.deputy.employeeId).toBeNull();
    expect(plan.contacts.employees).toHaveLength(2);
  });

  it('leaves a plan without leader or deputy without them, and its staff list as it was', () => {
    const plan = migrate(v2({ name: '', phone: '' }, { name: ' ', phone: '' }, [somchai]));
    expect([plan.team.leader.employeeId, plan.team.deputy.employeeId]).toEqual([null, null]);
    expect(plan.contacts.employees).toHaveLength(1);
  });

  it('refuses a step 1 name that is not text', () => {
    expect(problemOf(v2({ name: 42 as unknown as string, phone: '' }, { name: '', phone: '' }, [somchai]))).toBe('invalid');
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

describe('migrate from version 3 to 4', () => {
  const v3 = (): Record<string, unknown> => ({ ...JSON.parse(JSON.stringify(samplePlan())), schemaVersion: 3, lastExportedAt: '' });

  it('drops the unused export time, starts with no incidents and changes nothing else', () => {
    const before = v3();
    const after = migrate(before);
    expect(after).not.toHaveProperty('lastExportedAt');
    expect(after.incidents).toEqual([]);
    delete before.lastExportedAt;
    expect({ ...after, schemaVersion: 3 }).toEqual(before);
  });

  it('links no change-log entry (nor its lesson) and no exercise of an older plan to an incident', () => {
    const after = migrate({ ...v3(), changeLog: [{ id: 'c-1', summary: 'New oven' }], exercises: [{ id: 'x-1', scenario: 'Flood' }] });
    expect(after.changeLog[0]?.incidentId).toBeNull();
    expect(after.changeLog[0]?.lesson).toBeNull();
    expect(after.exercises[0]?.incidentId).toBeNull();
  });
});

describe('incidents', () => {
  const incident = {
    id: 'i-1',
    hazardId: null,
    description: 'Water in the shop',
    startedAt: '2026-12-06T08:00:00.000Z',
    startedBy: 'Somchai',
    firstActionsDone: [{ id: 't-1', firstActionId: 'fa-1', at: '2026-12-06T08:05:00.000Z', by: 'Somchai' }],
    safety: [{ id: 's-1', employeeId: 'e-1', status: 'safe', at: '2026-12-06T08:07:00.000Z', by: 'Somchai' }],
    log: [{ id: 'l-1', at: '2026-12-06T08:10:00.000Z', by: 'Somchai', note: 'Power off at the main switch' }],
  };

  it('fills what an incident has not recorded yet: open, a real incident, no one told, no lessons', () => {
    const [stored] = migrate({ ...minimal, incidents: [incident] }).incidents;
    expect(stored).toEqual({
      ...incident,
      kind: 'incident',
      exerciseType: null,
      closedAt: '',
      closedBy: '',
      notified: [],
      lessons: { worked: '', didNotWork: '', toChange: '' },
    });
  });

  it.each([
    ['a safety mark with an unknown status', { ...incident, safety: [{ ...incident.safety[0], status: 'fine' }] }],
    ['a tick without its time', { ...incident, firstActionsDone: [{ id: 't-1', firstActionId: 'fa-1', by: 'Somchai' }] }],
    ['an incident without its start', { ...incident, startedAt: '' }],
  ])('refuses %s', (_what, broken) => {
    expect(problemOf({ ...minimal, incidents: [broken] })).toBe('invalid');
  });
});
