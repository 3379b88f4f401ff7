/**
 * The plan file shipped with schema version 2 (e2e/fixtures/plans/schema-v2.bcp.json: the Spanish restaurant
 * and the Japanese service firm examples as version 2 exported them, the firm's deputy with a number typed in
 * step 1 that differs from the staff list) opens in this version with one record, and one number, per person.
 */
import { describe, expect, it } from 'vitest';
import text from '../../e2e/fixtures/plans/schema-v2.bcp.json?raw';
import { bcpDeputy, bcpLeader, planIssues, SCHEMA_VERSION } from '../domain';
import { parsePlanFile } from './plan-file';

interface V2Plan {
  schemaVersion: number;
  team: { leader: { name: string; phone: string }; deputy: { name: string; phone: string } };
  contacts: { employees: { id: string; name: string; mobile: string }[] };
}

const raw = JSON.parse(text) as { plans: V2Plan[] };
const plans = parsePlanFile(text);
const TODAY = new Date(2026, 11, 6);

describe('the schema version 2 plan file', () => {
  it('holds two version 2 plans and opens them at the current version', () => {
    expect(raw.plans.map((plan) => plan.schemaVersion)).toEqual([2, 2]);
    expect(plans.map((plan) => plan.schemaVersion)).toEqual([SCHEMA_VERSION, SCHEMA_VERSION]);
  });

  it.each([0, 1])('links plan %i\'s leader and deputy to their staff records, adding no one', (index) => {
    const [before, after] = [raw.plans[index], plans[index]];
    if (!before || !after) throw new Error(`no plan ${index}`);
    expect(after.contacts.employees.map(({ id, name }) => ({ id, name }))).toEqual(before.contacts.employees.map(({ id, name }) => ({ id, name })));
    expect(bcpLeader(after)).toMatchObject({ name: before.team.leader.name, phone: before.team.leader.phone });
    expect(bcpDeputy(after).name).toBe(before.team.deputy.name);
  });

  it('keeps the restaurant as it was: the same numbers in both places, nothing to check', () => {
    const restaurant = plans[0];
    expect(restaurant?.contacts.employees.every((employee) => employee.phoneToCheck === '')).toBe(true);
    expect(restaurant && planIssues(restaurant, TODAY).filter((issue) => issue.code === 'phone_to_check')).toEqual([]);
  });

  it("keeps both of the firm's numbers for the deputy and asks the owner to keep one", () => {
    const [before, after] = [raw.plans[1], plans[1]];
    if (!before || !after) throw new Error('no second plan');
    const staffRecord = before.contacts.employees.find((employee) => employee.name === before.team.deputy.name);
    const deputy = bcpDeputy(after);
    expect(before.team.deputy.phone).not.toBe(staffRecord?.mobile);
    expect(deputy.employee).toMatchObject({ id: staffRecord?.id, mobile: staffRecord?.mobile, phoneToCheck: before.team.deputy.phone });
    expect(planIssues(after, TODAY).filter((issue) => issue.code === 'phone_to_check')).toEqual([
      {
        severity: 'warning',
        step: 6,
        code: 'phone_to_check',
        path: ['contacts', 'employees', deputy.index, 'phoneToCheck'],
        params: { employee: before.team.deputy.name, first: staffRecord?.mobile, second: before.team.deputy.phone },
      },
    ]);
  });
});
