import type { Finance } from '../step8-finance';

/** How many months the cash on hand pays the fixed costs with no income; null when unknown. */
export function reserveMonths(finance: Finance): number | null {
  const { cashOnHand, monthlyFixedCosts } = finance;
  if (cashOnHand === null || monthlyFixedCosts === null || monthlyFixedCosts <= 0) return null;
  return cashOnHand / monthlyFixedCosts;
}
