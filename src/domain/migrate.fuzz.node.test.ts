import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, PlanDataError } from './migrate';
import { planSchema, type Plan } from './plan';
import { deeplyNested, FUZZ_TIMEOUT_MS, fuzzParameters, hostileValue, pathsOf, prototypeSnapshot, replaceAt } from './testing/hostile-node';
import { samplePlan } from './testing/builders';

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const UNPAIRED = /[\uD800-\uDFFF]/;
const untouchedPrototypes = prototypeSnapshot();
const sample = JSON.parse(JSON.stringify(samplePlan())) as unknown;
const samplePaths = pathsOf(sample);

/** migrate() either returns a plan or throws PlanDataError; anything else is a bug. */
function outcome(raw: unknown): { plan: Plan } | { error: PlanDataError } {
  try {
    return { plan: migrate(raw) };
  } catch (error) {
    if (error instanceof PlanDataError) return { error };
    throw error;
  }
}

function everyString(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => everyString(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.push(key);
      everyString(item, found);
    }
  }
  return found;
}

function everyObject(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value);
    Object.values(value).forEach((item) => everyObject(item, found));
  }
  return found;
}

/** What every accepted plan must be: valid, storable, exportable, with plain objects and well-formed text. */
function expectSound(plan: Plan): void {
  expect(planSchema.safeParse(plan).success).toBe(true);
  expect(everyString(plan).filter((text) => UNPAIRED.test(text.replace(SURROGATE_PAIR, '')))).toEqual([]);
  for (const object of everyObject(plan)) {
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object));
    expect(Object.hasOwn(object, '__proto__')).toBe(false);
  }
  expect(JSON.parse(JSON.stringify(plan))).toEqual(structuredClone(plan));
  expect(migrate(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
}

afterEach(() => {
  expect(prototypeSnapshot()).toBe(untouchedPrototypes);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('migrate() against random and hostile input', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('reads or refuses any JSON-like value, and never pollutes a prototype', () => {
    fc.assert(
      fc.property(hostileValue, (raw) => {
        const result = outcome(raw);
        if ('plan' in result) expectSound(result.plan);
      }),
      fuzzParameters(300),
    );
  });

  it('reads or refuses a real plan with any one value replaced by a hostile one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samplePaths), hostileValue, (path, replacement) => {
        const result = outcome(replaceAt(sample, path, replacement));
        if ('plan' in result) expectSound(result.plan);
      }),
      fuzzParameters(150),
    );
  });

  it('drops prototype keys wherever they are put in a plan, as JSON.parse makes them', () => {
    const objectPaths = samplePaths.filter((path) => {
      const target = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], sample);
      return typeof target === 'object' && target !== null && !Array.isArray(target);
    });
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), fc.constantFrom('__proto__', 'constructor', 'prototype'), (path, key) => {
        const text = JSON.stringify(replaceAt(sample, [...path, 'probe'], { polluted: 'yes' })).replace('"probe"', JSON.stringify(key));
        const result = outcome(JSON.parse(text));
        expect('plan' in result).toBe(true);
        if ('plan' in result) {
          expectSound(result.plan);
          expect(JSON.stringify(result.plan)).not.toContain('polluted');
        }
      }),
      fuzzParameters(25),
    );
  });

  it('refuses nesting far deeper than any plan, without a stack overflow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samplePaths), deeplyNested, (path, nested) => {
        const result = outcome(replaceAt(sample, path, nested));
        if ('plan' in result) expectSound(result.plan);
      }),
      fuzzParameters(20),
    );
  });

  it('cleans unpaired surrogates to U+FFFD and keeps the rest of the text', () => {
    const plan = migrate({ ...samplePlan(), company: { ...samplePlan().company, name: 'Bếp \uD83D Hồng \uDE00' } });
    expect(plan.company.name).toBe('Bếp \uFFFD Hồng \uFFFD');
    expect(migrate({ ...samplePlan(), company: { ...samplePlan().company, name: 'Bếp 😀' } }).company.name).toBe('Bếp 😀');
  });

  it('turns numbers no plan can hold (NaN, Infinity) into empty answers, and keeps 1e308', () => {
    const company = samplePlan().company;
    expect(migrate({ ...samplePlan(), company: { ...company, employeeCount: Number.NaN } }).company.employeeCount).toBeNull();
    expect(migrate({ ...samplePlan(), company: { ...company, employeeCount: Infinity } }).company.employeeCount).toBeNull();
    expect(outcome({ ...samplePlan(), company: { ...company, employeeCount: 1e308 } })).toMatchObject({ plan: { company: { employeeCount: 1e308 } } });
  });
});
