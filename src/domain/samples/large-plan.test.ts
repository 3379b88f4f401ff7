import { describe, expect, it } from 'vitest';
import englishTexts from '../../../locales/en/examples/food-manufacturer.json';
import thaiTexts from '../../../locales/th/examples/food-manufacturer.json';
import { planSchema } from '../plan';
import { planIssues } from '../rules';
import { LARGE_PLAN_SIZE, largePlan } from './large-plan';

const NOW = new Date(2025, 5, 15, 9, 30);

describe('largePlan', () => {
  const plan = largePlan(NOW, englishTexts);

  it('is a valid stored plan', () => {
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('is as large as the benchmark needs', () => {
    expect(plan.keyProducts.length).toBeGreaterThanOrEqual(40);
    expect(plan.resources.length).toBeGreaterThanOrEqual(150);
    expect(plan.contacts.employees.length).toBeGreaterThanOrEqual(200);
    expect(plan.contacts.external.length).toBeGreaterThan(0);
    expect(plan.exercises.length).toBeGreaterThanOrEqual(30);
    expect(plan.scenarios).toHaveLength(10);
    expect(plan.contacts.employees).toHaveLength(LARGE_PLAN_SIZE.employees);
  });

  it('ranks its key products 1 to n', () => {
    expect(plan.keyProducts.map((product) => product.rank)).toEqual(plan.keyProducts.map((_, index) => index + 1));
  });

  it('has no dangling references and no invalid fields', () => {
    const codes = new Set(planIssues(plan, NOW).map((issue) => issue.code));
    expect([...codes].filter((code) => code.endsWith('_unknown'))).toEqual([]);
    expect([...codes].filter((code) => /_invalid|_required|_cycle|_self|_duplicate/.test(code))).toEqual([]);
  });

  it('keeps a few gaps for the printed plan to flag', () => {
    const codes = planIssues(plan, NOW).map((issue) => issue.code);
    expect(codes).toContain('key_product_without_strategy');
    expect(codes).toContain('strategy_slower_than_rto');
  });

  it('writes deterministic texts from the example, numbered', () => {
    expect(plan.keyProducts[16]?.name).toBe(`${englishTexts.keyProducts.sauce.name} 17`);
    expect(largePlan(NOW, englishTexts).contacts.employees.map((employee) => employee.name)).toEqual(
      plan.contacts.employees.map((employee) => employee.name),
    );
  });

  it('works with the example of another language', () => {
    const thai = largePlan(NOW, thaiTexts);
    expect(thai.company.name).toBe(thaiTexts.company.name);
    expect(planIssues(thai, NOW).filter((issue) => issue.code.endsWith('_unknown'))).toEqual([]);
  });
});
