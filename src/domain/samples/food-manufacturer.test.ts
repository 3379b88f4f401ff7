import { describe, expect, it } from 'vitest';
import englishTexts from '../../../locales/en/examples/food-manufacturer.json';
import { isReviewOverdue, nextReviewDate } from '../derive/review';
import { topHazard } from '../derive/risk';
import { planSchema, type Plan } from '../plan';
import { planIssues } from '../rules';
import type { ExampleTexts } from './example-texts';
import { foodManufacturerSample } from './food-manufacturer';

const NOW = new Date(2025, 5, 15, 9, 30);

type EnglishTexts = typeof englishTexts;

/** The example texts of every locale that has them, by locale code; translators add files, this picks them up. */
const localeFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', {
  eager: true,
  import: 'default',
});
const textsByLocale = Object.entries(localeFiles).map(
  ([path, texts]) => [/locales\/([^/]+)\/examples\//.exec(path)?.[1] ?? path, texts] as const,
);

/** Every `id` field anywhere in the plan. */
function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => (key === 'id' && typeof field === 'string' ? [field] : allIds(field)));
}

/** Every string of a texts file with its dotted key, e.g. ['company.name', 'Baan Rim Nam Foods Co., Ltd.']. */
function textLeaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path.join('.'), value]];
  return Object.entries(value).flatMap(([key, field]) => textLeaves(field, [...path, key]));
}

/** Every string and number stored anywhere in the plan. */
function planValues(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(planValues);
}

/** An amount written the way the texts files write money: plain digits. */
const isAmount = (text: string): boolean => /^\d+(\.\d+)?$/.test(text);

/** The keys of the texts whose value appears nowhere in the plan: a field the sample forgot to use. */
function unusedKeys(texts: ExampleTexts, plan: Plan): string[] {
  const values = new Set(planValues(plan));
  return textLeaves(texts)
    .filter(([, text]) => !(values.has(text) || (typeof text === 'string' && isAmount(text) && values.has(Number(text)))))
    .map(([key]) => key);
}

const withChange = (change: (texts: EnglishTexts) => void): EnglishTexts => {
  const texts: EnglishTexts = structuredClone(englishTexts);
  change(texts);
  return texts;
};

describe('foodManufacturerSample', () => {
  const plan = foodManufacturerSample(NOW, englishTexts);

  it('is a valid stored plan', () => {
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it.each([
    ['a normal day', NOW],
    ['a leap day', new Date(2024, 1, 29, 12)],
    ['the last day of a long month', new Date(2025, 7, 31, 8)],
    ['new year', new Date(2026, 0, 1, 0, 5)],
  ])('has no errors and no warnings on %s', (_when, now) => {
    expect(planIssues(foodManufacturerSample(now, englishTexts), now)).toEqual([]);
  });

  it('is a full plan of a food manufacturer with every part filled in', () => {
    expect(plan.path).toBe('full');
    expect(plan.company.industry).toBe('food_manufacturing');
    expect(plan.keyProducts.map((product) => product.rank)).toEqual([1, 2, 3, 4]);
    expect(plan.resources.length).toBeGreaterThanOrEqual(10);
    expect(plan.resources.filter((resource) => resource.isBottleneck).length).toBeGreaterThanOrEqual(3);
    expect(plan.suppliers).toHaveLength(4);
    expect(plan.suppliers.some((supplier) => supplier.alternateSupplierId !== null)).toBe(true);
    expect(plan.hazards.length).toBeGreaterThanOrEqual(5);
    expect(plan.scenarios.map((scenario) => scenario.hazardCode)).toEqual(['flood', 'power_outage']);
    expect(topHazard(plan)?.code).toBe('flood');
    expect(plan.contacts.employees).toHaveLength(8);
    expect(plan.callTree.length).toBeGreaterThan(0);
    expect(plan.kit.length).toBeGreaterThan(0);
    expect(plan.finance.currency).toBe('THB');
    expect(plan.exercises[0]?.actions.length).toBeGreaterThan(0);
    expect(plan.changeLog.length).toBeGreaterThan(0);
    expect(plan.approval.name).not.toBe('');
  });

  it('takes its words, names and amounts from the texts', () => {
    expect(plan.company.name).toBe('Baan Rim Nam Foods Co., Ltd.');
    expect(plan.contacts.employees[0]?.name).toBe(englishTexts.people.somchai.name);
    expect(plan.team.leader.employeeId).toBe(plan.contacts.employees[0]?.id);
    expect(plan.team.deputy.employeeId).toBe(plan.contacts.employees[1]?.id);
    expect(plan.team.members.map((member) => member.section)).toEqual(
      [englishTexts.scope.sections.kitchen, englishTexts.scope.sections.office, englishTexts.scope.sections.dispatch].map(
        (section) => section.name,
      ),
    );
    expect(plan.finance.monthlyFixedCosts).toBe(1150000);
    expect(plan.finance.credit[0]?.amount).toBe(2000000);
    expect(plan.measures.map((measure) => measure.costEstimate)).toEqual([180000, 65000, 420000, 30000, 95000, null, 48000]);
  });

  it('was reviewed recently, relative to now', () => {
    expect(plan.review.lastReviewed).toBe('2025-04-15');
    expect(nextReviewDate(plan)).toBe('2026-04-15');
    expect(isReviewOverdue(plan, NOW)).toBe(false);
    expect(foodManufacturerSample(new Date(2030, 0, 10), englishTexts).review.lastReviewed).toBe('2029-11-10');
  });

  it('uses unique ids, fresh on every call', () => {
    const ids = allIds(plan);
    const again = allIds(foodManufacturerSample(NOW, englishTexts));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => again.includes(id))).toEqual([]);
  });

  it('accepts amounts with decimals', () => {
    const texts = withChange((changed) => void (changed.finance.cashOnHand = '2600000.50'));
    expect(foodManufacturerSample(NOW, texts).finance.cashOnHand).toBe(2600000.5);
  });

  it.each<[string, (texts: EnglishTexts) => void, RegExp]>([
    ['an amount with separators', (texts) => void (texts.finance.cashOnHand = '2,600,000'), /plain number[\s\S]*finance\.cashOnHand/],
    ['an amount with a currency sign', (texts) => void (texts.measures.generator.costEstimate = '฿420000'), /measures\.generator\.costEstimate/],
    ['an empty amount', (texts) => void (texts.finance.credit.overdraft.amount = ''), /finance\.credit\.overdraft\.amount/],
    ['an amount too large for a number', (texts) => void (texts.finance.monthlyFixedCosts = '9'.repeat(400)), /finance\.monthlyFixedCosts/],
    ['a currency symbol instead of a code', (texts) => void (texts.finance.currency = '฿'), /ISO 4217[\s\S]*finance\.currency/],
    ['an empty text', (texts) => void (texts.company.name = ' '), /must not be empty[\s\S]*company\.name/],
    ['a missing text', (texts) => void Reflect.deleteProperty(texts.people.suda, 'role'), /people\.suda\.role/],
    ['an unknown key', (texts) => void Reflect.set(texts.company, 'slogan', 'Hot!'), /slogan/],
  ])('refuses texts with %s, naming the key', (_what, change, message) => {
    expect(() => foodManufacturerSample(NOW, withChange(change))).toThrow(message);
  });
});

describe('the example in every locale', () => {
  it('finds the English texts', () => {
    expect(textsByLocale.map(([locale]) => locale)).toContain('en');
  });

  describe.each(textsByLocale)('%s', (_locale, texts) => {
    it('builds a plan with no errors and no warnings', () => {
      expect(planIssues(foodManufacturerSample(NOW, texts), NOW)).toEqual([]);
    });

    it('uses every text of the file', () => {
      expect(unusedKeys(texts, foodManufacturerSample(NOW, texts))).toEqual([]);
    });
  });
});
