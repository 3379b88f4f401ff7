import { describe, expect, it } from 'vitest';
import { FIELD_RULES, planIssues, planSchema, type FieldRule, type Plan, type PlanIssue } from '../domain';
import { samplePlan, TODAY } from '../domain/testing/builders';
import { ALL_FIELDS } from './paths';
import type { FieldDefinition } from './types';

type Place = (string | number)[];

const ruleOf = (key: string): FieldRule | undefined => (FIELD_RULES as Readonly<Record<string, FieldRule | undefined>>)[key];

/** The place of a field key in `plan`, through the last record of every list on the way (never the BCP leader). */
function placeOf(plan: Plan, key: string): Place {
  const place: Place = [];
  let value: unknown = plan;
  for (const part of key.split('.')) {
    if (Array.isArray(value)) {
      place.push(value.length - 1);
      value = value[value.length - 1] as unknown;
    }
    place.push(part);
    value = (value as Record<string, unknown>)[part];
  }
  return place;
}

function setAt(plan: Plan, place: Place, value: unknown): void {
  const parent = place.slice(0, -1).reduce<unknown>((inside, part) => (inside as Record<string | number, unknown>)[part], plan);
  (parent as Record<string | number, unknown>)[place[place.length - 1] as string | number] = value;
}

/** An empty answer as its question leaves it: no text, no records or codes, no choice or number. */
function blankOf(definition: FieldDefinition): unknown {
  switch (definition.kind) {
    case 'text':
    case 'textarea':
    case 'tel':
    case 'email':
    case 'date':
      return '';
    case 'list':
    case 'checkboxes':
      return [];
    case 'reference':
      return definition.multiple ? [] : null;
    default:
      return null;
  }
}

const errorsAt = (plan: Plan, place: Place): PlanIssue[] =>
  planIssues(plan, TODAY).filter((issue) => issue.severity === 'error' && JSON.stringify(issue.path) === JSON.stringify(place));

const questions = ALL_FIELDS.map(({ key, definition }) => ({ key, definition, rule: ruleOf(key) }));
const required = questions.filter(({ definition }) => definition.required);
const optional = questions.filter(({ definition }) => !definition.required && definition.kind !== 'checkbox');
const limited = questions.filter(({ definition }) => definition.kind === 'number' && definition.min !== undefined);

describe('the required marks and limits of the questionnaire', () => {
  it('come from the domain’s FIELD_RULES, and every rule there belongs to a question', () => {
    const keys = new Set(ALL_FIELDS.map(({ key }) => key));
    expect(Object.keys(FIELD_RULES).filter((key) => !keys.has(key))).toEqual([]);
    for (const { key, definition, rule } of questions) {
      expect(definition.required === true, key).toBe(rule?.required !== undefined);
      if (definition.kind === 'number') expect([definition.min, definition.max], key).toEqual([rule?.min, rule?.max]);
    }
  });

  it.each(required)('$key: a blank answer is refused with its own error', ({ key, definition, rule }) => {
    const plan = samplePlan();
    const place = placeOf(plan, key);
    setAt(plan, place, blankOf(definition));
    if (rule?.required === 'by-schema') {
      expect(planSchema.safeParse(plan).success).toBe(false);
    } else {
      expect(errorsAt(plan, place).map((issue) => issue.code)).toEqual([rule?.required]);
    }
  });

  it.each(optional)('$key: may be left blank (no rule asks for it)', ({ key, definition }) => {
    const plan = samplePlan();
    const place = placeOf(plan, key);
    setAt(plan, place, blankOf(definition));
    expect(errorsAt(plan, place)).toEqual([]);
  });

  it.each(limited)('$key: a number outside its limits is refused', ({ key, definition }) => {
    if (definition.kind !== 'number' || definition.min === undefined) throw new Error(`${key} has no minimum`);
    const plan = samplePlan();
    const place = placeOf(plan, key);
    setAt(plan, place, definition.min - 1);
    expect(errorsAt(plan, place), `${key} below ${definition.min}`).not.toEqual([]);
    if (definition.max !== undefined) {
      setAt(plan, place, definition.max + 1);
      expect(errorsAt(plan, place), `${key} above ${definition.max}`).not.toEqual([]);
    }
  });
});
