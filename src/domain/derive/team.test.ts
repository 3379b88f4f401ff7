import { describe, expect, it } from 'vitest';
import { blankPlan, employee, samplePlan } from '../testing/builders';
import { bcpDeputy, bcpLeader, existingPerson } from './team';

describe('bcpLeader and bcpDeputy', () => {
  it("read the name and phone from the chosen staff records, and the leader's role from step 1", () => {
    const plan = samplePlan();
    const [somchai, malee] = plan.contacts.employees;
    expect(bcpLeader(plan)).toEqual({
      employee: somchai,
      index: 0,
      name: somchai?.name,
      phone: somchai?.mobile,
      position: plan.team.leader.position,
      email: plan.team.leader.email,
      authority: plan.team.leader.authority,
    });
    expect(bcpDeputy(plan)).toEqual({ employee: malee, index: 1, name: malee?.name, phone: malee?.mobile });
  });

  it('follow a change of the staff record: one number per person', () => {
    const plan = samplePlan();
    const deputy = plan.contacts.employees[1];
    if (deputy) deputy.mobile = '+66 89 000 1111';
    expect(bcpDeputy(plan).phone).toBe('+66 89 000 1111');
  });

  it('find nobody while nobody is chosen, or when the chosen record was removed', () => {
    const plan = blankPlan();
    plan.contacts.employees = [employee({ name: 'Ann', mobile: '081 000 0000' })];
    expect(bcpLeader(plan)).toMatchObject({ employee: null, index: -1, name: '', phone: '' });
    plan.team.deputy.employeeId = 'someone-removed';
    expect(bcpDeputy(plan)).toEqual({ employee: null, index: -1, name: '', phone: '' });
  });
});

describe('existingPerson', () => {
  const ann = employee({ name: 'Ann Lee', mobile: '081 000 0000' });

  it('finds the staff record of the same name, whatever the spacing and case', () => {
    expect(existingPerson([ann], ' ann  LEE ', '')).toEqual(ann);
    expect(existingPerson([ann], 'Anna Lee', '')).toBeNull();
  });

  it('keeps a new number: as the mobile when there is none, else as the number to check', () => {
    expect(existingPerson([ann], 'Ann Lee', '081-000-0000')).toEqual(ann);
    expect(existingPerson([ann], 'Ann Lee', '089 999 9999')).toEqual({ ...ann, phoneToCheck: '089 999 9999' });
    expect(existingPerson([{ ...ann, mobile: '' }], 'Ann Lee', '089 999 9999')).toEqual({ ...ann, mobile: '089 999 9999' });
  });
});
