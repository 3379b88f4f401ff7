/**
 * The questionnaire: the ten steps as data, one file per step. The one register of questions: the step
 * forms, the review, the printed plan, the summary and the blank worksheets all walk it.
 */
import { FIELD_RULES, type FieldRule, type StepNumber } from '../../domain';
import type { FieldDefinition, StepDefinition } from '../types';
import { STEP_1 } from './step1-purpose';
import { STEP_2 } from './step2-key-products';
import { STEP_3 } from './step3-resources';
import { STEP_4 } from './step4-risks';
import { STEP_5 } from './step5-measures';
import { STEP_6 } from './step6-emergency';
import { STEP_7 } from './step7-strategies';
import { STEP_8 } from './step8-finance';
import { STEP_9 } from './step9-exercises';
import { STEP_10 } from './step10-review';

const ruleOf = (key: string): FieldRule | undefined => (FIELD_RULES as Readonly<Record<string, FieldRule | undefined>>)[key];

/** A field with what the domain's FIELD_RULES declare for it: its required mark and, for a number, its limits. */
function withFieldRules(definition: FieldDefinition, prefix: string): FieldDefinition {
  const key = prefix ? `${prefix}.${definition.name}` : definition.name;
  const rule = ruleOf(key);
  const required = rule?.required === undefined ? {} : { required: true };
  if (definition.kind === 'list') {
    return { ...definition, ...required, fields: definition.fields.map((field) => withFieldRules(field, key)) };
  }
  if (definition.kind === 'number') {
    const limits = { ...(rule?.min === undefined ? {} : { min: rule.min }), ...(rule?.max === undefined ? {} : { max: rule.max }) };
    return { ...definition, ...required, ...limits };
  }
  return { ...definition, ...required };
}

const withRules = (step: StepDefinition): StepDefinition => ({
  ...step,
  sections: step.sections.map((section) => ({ ...section, fields: section.fields.map((field) => withFieldRules(field, '')) })),
});

export const STEPS: readonly StepDefinition[] = [STEP_1, STEP_2, STEP_3, STEP_4, STEP_5, STEP_6, STEP_7, STEP_8, STEP_9, STEP_10].map(
  withRules,
);

export function stepDefinition(step: StepNumber): StepDefinition {
  const definition = STEPS.find((candidate) => candidate.step === step);
  if (!definition) throw new Error(`no step ${step}`);
  return definition;
}
