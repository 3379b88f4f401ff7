import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../domain';
import { samplePlan } from '../domain/testing/builders';
import { FUZZ_TIMEOUT_MS, fuzzParameters, hostileString, hostileValue, pathsOf, prototypeSnapshot, replaceAt } from '../domain/testing/hostile-node';
import { parsePlanFile, PlanFileError, serializePlanFile } from './plan-file';

const untouchedPrototypes = prototypeSnapshot();
const sampleFile = JSON.parse(serializePlanFile([samplePlan()])) as unknown;
const filePaths = pathsOf(sampleFile);

/** The public contract of parsePlanFile: plans, or a PlanFileError; nothing else escapes. */
function read(text: string): { plans: Plan[] } | { error: PlanFileError } {
  try {
    return { plans: parsePlanFile(text) };
  } catch (error) {
    if (error instanceof PlanFileError) return { error };
    throw error;
  }
}

function expectReadable(plans: Plan[]): void {
  for (const plan of plans) {
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(JSON.stringify(plan).includes('\\ud8')).toBe(false);
  }
}

afterEach(() => {
  expect(prototypeSnapshot()).toBe(untouchedPrototypes);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('plan files against random and hostile input', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('reads or refuses any text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const result = read(text);
        if ('plans' in result) expectReadable(result.plans);
      }),
      fuzzParameters(300),
    );
  });

  it('reads or refuses a real plan file with any one value replaced by hostile JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...filePaths), hostileValue, (path, replacement) => {
        const result = read(JSON.stringify(replaceAt(sampleFile, path, replacement)));
        if ('plans' in result) expectReadable(result.plans);
      }),
      fuzzParameters(300),
    );
  });

  it('refuses JSON nested 100,000 levels deep with its own error, not a crash', () => {
    const depth = 100_000;
    const inPlan = JSON.stringify(sampleFile).replace('"company":{', `"company":{"notes":${'['.repeat(depth)}${']'.repeat(depth)},`);
    expect(read(inPlan)).toMatchObject({ error: { problem: 'invalid_plan', planIndex: 0 } });
    expect(read('['.repeat(depth) + ']'.repeat(depth))).toMatchObject({ error: { problem: 'wrong_format' } });
  });

  it('does not let a file set a prototype through "__proto__" or "constructor"', () => {
    const text = JSON.stringify(sampleFile)
      .replace('"plans":[{', '"plans":[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"format"', '"__proto__":{"polluted":"yes"},"format"');
    const result = read(text);
    expect(result).toHaveProperty('plans');
    if ('plans' in result) expect(JSON.stringify(result.plans)).not.toContain('polluted');
  });

  it('refuses a 50 MB file as too large, whatever it holds', () => {
    const huge = JSON.stringify(sampleFile).replace('"company":{', `"company":{"notes":"${'x'.repeat(50 * 1024 * 1024)}",`);
    expect(read(huge)).toMatchObject({ error: { problem: 'too_large' } });
    expect(read(`{"junk":"${'x'.repeat(50 * 1024 * 1024)}"}`)).toMatchObject({ error: { problem: 'too_large' } });
  });
});
