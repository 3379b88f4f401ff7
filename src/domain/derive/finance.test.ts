import { describe, expect, it } from 'vitest';
import { financeSchema } from '../step8-finance';
import { reserveMonths } from './finance';

const finance = (cashOnHand: number | null, monthlyFixedCosts: number | null) =>
  financeSchema.parse({ cashOnHand, monthlyFixedCosts });

describe('reserveMonths', () => {
  it('divides cash on hand by monthly fixed costs', () => {
    expect(reserveMonths(finance(300000, 100000))).toBe(3);
    expect(reserveMonths(finance(150000, 100000))).toBe(1.5);
    expect(reserveMonths(finance(0, 100000))).toBe(0);
  });

  it.each([
    [null, 100000],
    [300000, null],
    [300000, 0],
    [300000, -5],
  ])('is null for cash %o and costs %o', (cash, costs) => {
    expect(reserveMonths(finance(cash, costs))).toBeNull();
  });
});
