/**
 * A plan with a unique marker in every text answer the questionnaire asks, for the tests that check
 * every answer reaches the paper (document/every-answer.test.ts, summary/every-answer.test.ts).
 *
 * The fields come from the questionnaire (src/questionnaire STEPS), not from a hand-made list: a field
 * added there later gets a marker too. Every list keeps the items of the plan it starts from (so that
 * references between records stay valid) and gets one more, empty item built by the list's own
 * `newItem` (the zod schema's defaults: no code chosen, nothing linked), so that a text printed only
 * when no code is chosen (a hazard's own name) is reached as well.
 *
 * A marker is a short ASCII token ("QZ00A"): one word for every line breaker, never a substring of
 * another marker (all have the same length and start with "QZ").
 */
import type { Plan } from '../../domain';
import { STEPS, type FieldDefinition } from '../../questionnaire';

/** The kinds of question whose answer is free text printed as typed. */
const TEXT_KINDS: ReadonlySet<FieldDefinition['kind']> = new Set(['text', 'textarea', 'tel', 'email']);

export interface TextMarker {
  /** The field's key in the questionnaire, list positions left out ("keyProducts.name"). */
  key: string;
  /** Where the marker is in the plan ("keyProducts.2.name"). */
  path: string;
  marker: string;
}

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record that holds the last part of a dotted name, and that part. */
function holder(record: Record_, name: string, where: string): [Record_, string] {
  const parts = name.split('.');
  const last = parts.pop() ?? name;
  let current: Record_ = record;
  for (const part of parts) {
    const next = current[part];
    if (!isRecord(next)) throw new Error(`${where}.${name}: no record at "${part}"`);
    current = next;
  }
  return [current, last];
}

/** Text answers the printed plan (PDF and Word document) leaves out on purpose, and why. Keep this list short. */
export const NOT_PRINTED: ReadonlyMap<string, string> = new Map<string, string>([
  // [field key, why it is not printed]
  [
    'contacts.employees.phoneToCheck',
    'an unconfirmed second number the owner is asked to keep or clear in the app (warning phone_to_check): on paper one person has one number',
  ],
]);

/** `plan` with a marker in every text answer, and the markers in questionnaire order. */
export function markEveryTextAnswer(plan: Plan): { plan: Plan; markers: TextMarker[] } {
  const marked = structuredClone(plan) as unknown as Record_;
  const markers: TextMarker[] = [];
  const next = (): string => `QZ${markers.length.toString(36).toUpperCase().padStart(3, '0')}`;

  const walk = (record: Record_, fields: readonly FieldDefinition[], keyPrefix: string, pathPrefix: string): void => {
    for (const field of fields) {
      const key = keyPrefix ? `${keyPrefix}.${field.name}` : field.name;
      const path = pathPrefix ? `${pathPrefix}.${field.name}` : field.name;
      const [target, name] = holder(record, field.name, pathPrefix || 'plan');
      if (TEXT_KINDS.has(field.kind)) {
        const marker = next();
        target[name] = marker;
        markers.push({ key, path, marker });
      } else if (field.kind === 'list') {
        const items = target[name];
        if (!Array.isArray(items)) throw new Error(`${path}: not a list`);
        items.push(field.newItem(items.length + 1));
        items.forEach((item: unknown, index) => {
          if (!isRecord(item)) throw new Error(`${path}.${index}: not a record`);
          walk(item, field.fields, key, `${path}.${index}`);
        });
      }
    }
  };

  for (const step of STEPS) {
    for (const section of step.sections) walk(marked, section.fields, '', '');
  }
  return { plan: marked as unknown as Plan, markers };
}
