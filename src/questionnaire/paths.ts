import type { PathScope, PlanPath, StepNumber } from '../domain';
import { STEPS } from './steps';
import type { FieldDefinition } from './types';

/** The key of a field: its path in the plan without list positions ("keyProducts.rto.value"). */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

/** The entry of a field in locales/<lng>/fields.json: its key with "." turned into "_" ("keyProducts_rto_value"). */
export function fieldTextKey(key: string): string {
  return key.replaceAll('.', '_');
}

/**
 * The one label of a field ("fields:keyProducts_rto_value.label"): the form, the review, the printed plan, the
 * summary and the worksheets all name the field with it.
 */
export function fieldLabelKey(key: string): string {
  return `fields:${fieldTextKey(key)}.label`;
}

export interface FlatField {
  key: string;
  definition: FieldDefinition;
  step: StepNumber;
}

function flatten(fields: readonly FieldDefinition[], prefix: string, step: StepNumber): FlatField[] {
  return fields.flatMap((definition) => {
    const key = prefix ? `${prefix}.${definition.name}` : definition.name;
    const own: FlatField = { key, definition, step };
    return definition.kind === 'list' ? [own, ...flatten(definition.fields, key, step)] : [own];
  });
}

/** Every question of the questionnaire, lists and their item fields included. */
export const ALL_FIELDS: readonly FlatField[] = STEPS.flatMap((step) =>
  step.sections.flatMap((section) => flatten(section.fields, '', step.step)),
);

const BY_KEY: ReadonlyMap<string, FlatField> = new Map(ALL_FIELDS.map((field) => [field.key, field]));

/** The question with this key ("finance.cashOnHand"), or undefined when the questionnaire asks no such thing. */
export function questionOf(key: string): FlatField | undefined {
  return BY_KEY.get(key);
}

const QUICK_FIELD_KEYS = new Set(ALL_FIELDS.filter((field) => field.definition.quick).map((field) => field.key));

/** Steps a plan on this path walks through. */
export function stepsForPath(path: PlanPath): StepNumber[] {
  return STEPS.filter((step) => path === 'full' || ALL_FIELDS.some((f) => f.step === step.step && f.definition.quick)).map(
    (step) => step.step,
  );
}

export function isFieldShown(definition: FieldDefinition, path: PlanPath): boolean {
  return path === 'full' || definition.quick === true;
}

/** Whether a field (or a record or list) at this plan path is asked on this path. */
export function isPathAsked(path: readonly (string | number)[], planPath: PlanPath): boolean {
  if (planPath === 'full') return true;
  const key = fieldKey(path);
  if (QUICK_FIELD_KEYS.has(key)) return true;
  return [...QUICK_FIELD_KEYS].some((quickKey) => quickKey.startsWith(`${key}.`));
}

const SCOPES: Record<PlanPath, PathScope> = {
  quick: { path: 'quick', steps: stepsForPath('quick'), asks: (place) => isPathAsked(place, 'quick') },
  full: { path: 'full', steps: stepsForPath('full'), asks: () => true },
};

/** What a plan on this path is asked, for the domain's path-aware rules (issuesOnPath, selfCheckOnPath, stepPosition). */
export function pathScope(path: PlanPath): PathScope {
  return SCOPES[path];
}
