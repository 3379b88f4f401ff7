import type { StepNumber } from '../domain';
import { ALL_FIELDS, fieldKey } from './paths';

export interface FieldHolding {
  /** The value's path in the plan, list positions included: ["contacts", "suppliers", 0, "contactPerson"]. */
  path: (string | number)[];
  step: StepNumber;
}

const STEP_OF_KEY: ReadonlyMap<string, StepNumber> = new Map(ALL_FIELDS.map((field) => [field.key, field.step]));

/** The step that asks the value at `path`: its own question's, else the nearest enclosing list's. */
function stepOf(path: readonly (string | number)[]): StepNumber | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const step = STEP_OF_KEY.get(fieldKey(path.slice(0, length)));
    if (step !== undefined) return step;
  }
  return undefined;
}

/**
 * The questions whose answers in `plan` hold any of `characters` (for instance the characters no PDF
 * font can draw), by step. Values no question asks (ids, settings) are left out.
 */
export function fieldsHolding(plan: unknown, characters: readonly string[]): FieldHolding[] {
  const wanted = new Set(characters);
  const found: FieldHolding[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const step = [...value].some((char) => wanted.has(char)) ? stepOf(path) : undefined;
      if (step !== undefined) found.push({ path, step });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  if (wanted.size > 0) visit(plan, []);
  return found.sort((a, b) => a.step - b.step);
}
