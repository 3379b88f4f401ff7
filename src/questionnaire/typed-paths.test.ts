import { describe, expect, it } from 'vitest';
import type { KeyProduct, Plan } from '../domain';
import { samplePlan } from '../domain/testing/builders';
import { ALL_FIELDS } from './paths';
import type { TypedField } from './types';

/*
 * Field paths are typed against the Plan: `tsc -b` fails on each line below unless it is an error, so a
 * misspelt path, a list item field of another record, or a kind that cannot hold the value never compiles.
 * (Each @ts-expect-error itself fails the type check when the line becomes valid, i.e. when the typing is lost.)
 */
export const misspeltPath: TypedField<Plan> = {
  kind: 'text',
  // @ts-expect-error "company.nmae" is not a path of the Plan
  name: 'company.nmae',
};

export const fieldOfAnotherRecord: TypedField<Plan> = {
  kind: 'list',
  name: 'keyProducts',
  orderable: true,
  titleFields: ['name'],
  summaryFields: [],
  newItem: () => ({}),
  // @ts-expect-error "mobile" is a field of a staff record, not of a key product
  fields: [{ kind: 'tel', name: 'mobile' }],
};

// @ts-expect-error a number question cannot hold the key product's name (a text)
export const wrongKind: TypedField<KeyProduct> = { kind: 'number', name: 'name' };

export const nestedPath: TypedField<KeyProduct> = { kind: 'number', name: 'rto.value' };

/** The value at a field key ("keyProducts.rto.value") in the first record of every list on the way. */
function valueAt(record: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => {
    const inside = Array.isArray(value) ? (value[0] as unknown) : value;
    return inside !== null && typeof inside === 'object' ? (inside as Record<string, unknown>)[part] : undefined;
  }, record);
}

describe('questionnaire field paths', () => {
  it('point at a value of the plan for every question (lists through their first record)', () => {
    const plan = samplePlan();
    const missing = ALL_FIELDS.filter(({ key }) => valueAt(plan, key) === undefined).map(({ key }) => key);
    expect(missing).toEqual([]);
  });

  it('finds a misspelt path at run time too (the check above can fail)', () => {
    expect(valueAt(samplePlan(), misspeltPath.name)).toBeUndefined();
    expect(valueAt(samplePlan().keyProducts[0], nestedPath.name)).toBeTypeOf('number');
  });
});
