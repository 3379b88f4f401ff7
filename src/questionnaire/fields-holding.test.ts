import { describe, expect, it } from 'vitest';
import { createPlan } from '../domain';
import { withBcpTeam } from '../domain/testing/builders';
import { fieldsHolding } from './fields-holding';

describe('fieldsHolding', () => {
  it('finds the questions whose answers hold the characters, list entries included, by step', () => {
    const plan = createPlan('Hanbit 😀 Trading', 'full', new Date(2025, 5, 15));
    plan.suppliers.push({
      id: 'supplier-1',
      name: 'Parts',
      supplies: '',
      contactName: '김민준 😀',
      phone: '',
      email: '',
      alternateSupplierId: null,
      leadTimeDays: null,
    });
    withBcpTeam(plan, { name: 'Dara Chan' }, { name: 'Sok ភ្នំ' });
    expect(fieldsHolding(plan, ['😀', 'ភ'])).toEqual([
      { path: ['company', 'name'], step: 1 },
      { path: ['suppliers', 0, 'contactName'], step: 3 },
      { path: ['contacts', 'employees', 1, 'name'], step: 6 },
    ]);
  });

  it('finds nothing when no character is asked for, or only in values no question asks', () => {
    const plan = createPlan('Hanbit Trading', 'quick', new Date(2025, 5, 15));
    expect(fieldsHolding(plan, [])).toEqual([]);
    expect(fieldsHolding({ ...plan, id: '😀' }, ['😀'])).toEqual([]);
  });
});
