import { describe, expect, it } from 'vitest';
import englishFoodManufacturer from '../../../locales/en/examples/food-manufacturer.json';
import englishRestaurant from '../../../locales/en/examples/restaurant.json';
import englishServiceFirm from '../../../locales/en/examples/service-firm.json';
import { topHazard } from '../derive/risk';
import { bcpDeputy, bcpLeader } from '../derive/team';
import { planSchema, type Plan } from '../plan';
import { planIssues } from '../rules';
import { buildExample, type ExampleData } from './example-builder';
import type { ExampleTexts } from './example-texts';
import { foodManufacturerSample } from './food-manufacturer';
import { RESTAURANT, restaurantSample } from './restaurant';
import { serviceFirmSample } from './service-firm';

const NOW = new Date(2025, 5, 15, 9, 30);

const restaurantFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/restaurant.json', { eager: true, import: 'default' });
const serviceFirmFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/service-firm.json', {
  eager: true,
  import: 'default',
});

const byLocale = <T>(files: Record<string, T>) =>
  Object.entries(files).map(([path, texts]) => [/locales\/([^/]+)\/examples\//.exec(path)?.[1] ?? path, texts] as const);

/** Every `id` field anywhere in the plan. */
function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => (key === 'id' && typeof field === 'string' ? [field] : allIds(field)));
}

/** Every string of a texts file with its dotted key. */
function textLeaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path.join('.'), value]];
  return Object.entries(value).flatMap(([key, field]) => textLeaves(field, [...path, key]));
}

/** Every string and number stored anywhere in the plan. */
function planValues(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(planValues);
}

/** The keys of the texts whose value appears nowhere in the plan: a field the sample forgot to use. */
function unusedKeys(texts: unknown, plan: Plan): string[] {
  const values = new Set(planValues(plan));
  return textLeaves(texts)
    .filter(([, text]) => !(values.has(text) || (typeof text === 'string' && /^\d+(\.\d+)?$/.test(text) && values.has(Number(text)))))
    .map(([key]) => key);
}

/** Names, phone numbers and other texts that appear more than once where each should be its own. */
const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

interface Example<T> {
  name: string;
  build: (now: Date, texts: T) => Plan;
  english: T;
  files: Record<string, T>;
  industry: Plan['company']['industry'];
  topHazard: string;
}

/** One example as the tests use it: its plan in English at any date, and its plan in each locale with the texts it came from. */
function example<T>({ name, build, english, files, industry, topHazard: top }: Example<T>) {
  return {
    name,
    industry,
    top,
    inEnglish: (now: Date) => build(now, english),
    locales: byLocale(files).map(([locale, texts]): [string, unknown, Plan] => [locale, texts, build(NOW, texts)]),
  };
}

const examples = [
  example<ExampleTexts>({
    name: 'restaurant',
    build: restaurantSample,
    english: englishRestaurant,
    files: restaurantFiles,
    industry: 'restaurant_hospitality',
    topHazard: 'fire',
  }),
  example<ExampleTexts>({
    name: 'service firm',
    build: serviceFirmSample,
    english: englishServiceFirm,
    files: serviceFirmFiles,
    industry: 'professional_services',
    topHazard: 'it_cyber',
  }),
];

describe.each(examples)('the $name example', ({ inEnglish, locales, industry, top }) => {
  const plan = inEnglish(NOW);

  it('is a valid stored plan', () => {
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it.each([
    ['a normal day', NOW],
    ['a leap day', new Date(2024, 1, 29, 12)],
    ['the last day of a long month', new Date(2025, 7, 31, 8)],
    ['new year', new Date(2026, 0, 1, 0, 5)],
  ])('has no errors and no warnings on %s', (_when, now) => {
    expect(planIssues(inEnglish(now), now)).toEqual([]);
  });

  it('is a full plan of its kind of business with every part filled in', () => {
    expect(plan.path).toBe('full');
    expect(plan.company.industry).toBe(industry);
    expect(plan.keyProducts.map((product) => product.rank)).toEqual([1, 2, 3]);
    expect(plan.resources.filter((resource) => resource.isBottleneck).length).toBeGreaterThanOrEqual(3);
    expect(plan.suppliers.some((supplier) => supplier.alternateSupplierId !== null)).toBe(true);
    expect(topHazard(plan)?.code).toBe(top);
    expect(plan.scenarios[0]?.hazardCode).toBe(top);
    expect(plan.contacts.employees).toHaveLength(7);
    expect(plan.callTree.flatMap((branch) => branch.calleeIds)).toHaveLength(6);
    expect(plan.strategies.length).toBeGreaterThanOrEqual(plan.keyProducts.length);
    expect(plan.exercises[0]?.actions.length).toBeGreaterThan(0);
    expect(plan.approval.name).toBe(bcpLeader(plan).name);
    expect(bcpDeputy(plan).employee).not.toBeNull();
  });

  it('uses unique ids, fresh on every call', () => {
    const ids = allIds(plan);
    const again = allIds(inEnglish(NOW));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => again.includes(id))).toEqual([]);
  });

  it('finds the English texts', () => {
    expect(locales.map(([locale]) => locale)).toContain('en');
  });

  describe.each(locales)('in %s', (_locale, texts, localised) => {

    it('builds a plan with no errors and no warnings', () => {
      expect(planIssues(localised, NOW)).toEqual([]);
    });

    it('uses every text of the file', () => {
      expect(unusedKeys(texts, localised)).toEqual([]);
    });

    it('gives every person their own name and mobile number', () => {
      const { employees } = localised.contacts;
      expect(duplicates(employees.map((employee) => employee.name))).toEqual([]);
      expect(duplicates(employees.map((employee) => employee.mobile))).toEqual([]);
    });
  });
});

describe('the texts of an example', () => {
  it('refuses a misspelt key, naming it', () => {
    const texts = structuredClone(englishRestaurant);
    Reflect.set(texts.company, 'slogan', 'Masarap!');
    expect(() => restaurantSample(NOW, texts)).toThrow(/restaurant example[\s\S]*slogan/);
  });

  it('refuses an amount with separators, naming the key', () => {
    const texts = structuredClone(englishServiceFirm);
    texts.finance.cashOnHand = '150,000';
    expect(() => serviceFirmSample(NOW, texts)).toThrow(/plain number[\s\S]*finance\.cashOnHand/);
  });

  it('refuses a natural hazard the app does not know', () => {
    const texts = structuredClone(englishServiceFirm);
    texts.naturalHazard = 'meteor';
    expect(() => serviceFirmSample(NOW, texts)).toThrow(/naturalHazard/);
  });

  it('refuses texts with a record the example does not have, or without one it has, naming each', () => {
    const texts = structuredClone(englishRestaurant);
    Reflect.set(texts.keyProducts, 'catering', texts.keyProducts.delivery);
    Reflect.deleteProperty(texts.resources, 'gas');
    expect(() => restaurantSample(NOW, texts)).toThrow(/restaurant example[\s\S]*keyProducts\.catering[\s\S]*resources\.gas/);
  });

  it('refuses data that refers to a record its texts do not have', () => {
    const data: ExampleData = { ...RESTAURANT, callTree: { ...RESTAURANT.callTree, owner: ['manager', 'sommelier'] } };
    expect(() => buildExample(data, NOW, englishRestaurant)).toThrow(/referred to but missing[\s\S]*people\.sommelier/);
  });

  it('refuses a natural hazard in the texts of an example that has none', () => {
    const texts = { ...englishFoodManufacturer, naturalHazard: 'flood' };
    expect(() => foodManufacturerSample(NOW, texts)).toThrow(/food manufacturer example[\s\S]*naturalHazard/);
  });

  it('takes the natural hazard from the texts', () => {
    const texts = structuredClone(englishRestaurant);
    texts.naturalHazard = 'flood';
    const plan = restaurantSample(NOW, texts);
    expect(plan.hazards.map((hazard) => hazard.code)).toContain('flood');
    expect(plan.measures.map((measure) => measure.target)).toContain('hazard:flood');
  });
});

describe('the phone numbers of every example in every language', () => {
  const files = import.meta.glob<unknown>('../../../locales/*/examples/*.json', { eager: true, import: 'default' });
  /** A short national hotline: 199, 1669, 95598. A real organisation appears only with one of these. */
  const HOTLINE = /^\d{3,5}$/;
  /**
   * A number no one has: the block after the country code and the area or mobile prefix is all zeros, which no
   * country of the examples hands out (+66 2 000 7700, 081-000-0142, (0271) 000 634, 06-0000-0700, 0258-00-2345).
   */
  const FICTIONAL = /^(?:\+\d{1,3} )?\(?\d{1,4}\)?[ -]0{2,4}[ -]\d{3,4}(?:\D.*)?$/;
  const PHONE_IN_TEXT = /[+(\d][\d\s()+-]{5,}\d/;

  /** Every phone number of a texts file with its dotted key, including the one inside "Sister: Pim, 087-000-1212". */
  function phones(value: unknown, path: string[] = []): [string, string][] {
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, field]): [string, string][] => {
      const where = [...path, key].join('.');
      if (typeof field === 'string' && ['phone', 'mobile', 'altPhone'].includes(key)) return [[where, field]];
      if (typeof field === 'string' && key === 'emergencyContact') {
        const number = PHONE_IN_TEXT.exec(field)?.[0];
        return number === undefined ? [] : [[where, number]];
      }
      return phones(field, [...path, key]);
    });
  }

  it('finds the numbers of all three examples in all eight languages', () => {
    expect(Object.keys(files)).toHaveLength(24);
    for (const texts of Object.values(files)) expect(phones(texts).length).toBeGreaterThan(20);
  });

  it.each(Object.entries(files))('%s has only hotlines and fictional numbers', (_file, texts) => {
    expect(phones(texts).filter(([, number]) => !HOTLINE.test(number) && !FICTIONAL.test(number))).toEqual([]);
  });

  it('tells a real-looking number from a fictional one', () => {
    expect(['+66 2 581 7700', '(0271) 634 634', '0120-552-819', '1900 6769'].filter((number) => FICTIONAL.test(number))).toEqual([]);
  });
});
