import { describe, expect, it } from 'vitest';
import { createPlan, SCHEMA_VERSION } from '../domain';
import { parsePlanFile, PlanFileError, serializePlanFile } from './plan-file';

const problemOf = (text: string) => {
  try {
    parsePlanFile(text);
  } catch (error) {
    return error instanceof PlanFileError ? [error.problem, error.planIndex] : ['other'];
  }
  return ['none'];
};

describe('plan files', () => {
  it('round-trips one plan and a bundle of several exactly', () => {
    const plans = [createPlan('Panadería La Espiga', 'full'), createPlan('ร้านข้าวแกงป้าศรี', 'quick')];
    expect(parsePlanFile(serializePlanFile(plans.slice(0, 1)))).toEqual(plans.slice(0, 1));
    expect(parsePlanFile(serializePlanFile(plans))).toEqual(plans);
  });

  it('names what is wrong with a file that is not a plan file', () => {
    expect(problemOf('{not json')).toEqual(['not_json', undefined]);
    expect(problemOf('{"format":"something-else","version":1,"plans":[]}')).toEqual(['wrong_format', undefined]);
    expect(problemOf('[]')).toEqual(['wrong_format', undefined]);
    expect(problemOf('{"format":"bcp-builder-plans","version":99,"plans":[]}')).toEqual(['future_version', undefined]);
    expect(problemOf('{"format":"bcp-builder-plans","version":1,"plans":[]}')).toEqual(['no_plans', undefined]);
  });

  it('refuses the whole file when one plan in it is broken, saying which', () => {
    const good = createPlan('Good', 'full');
    const text = JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [good, { id: 'x', schemaVersion: SCHEMA_VERSION + 1 }] });
    expect(problemOf(text)).toEqual(['invalid_plan', 1]);
  });
});
