import * as z from 'zod/mini';
import { isoDate, list, recordId, text, type Known } from './fields';

/** Step 9: training and exercises. */
export const TRAINING_FREQUENCIES = [3, 6, 12] as const;
export const EXERCISE_TYPES = ['walkthrough', 'tabletop', 'call_tree_test', 'evacuation_drill', 'full'] as const;

export const exerciseActionSchema = z.looseObject({
  id: recordId(),
  action: text(),
  owner: text(),
  due: isoDate(),
  done: z._default(z.boolean(), false),
});

export const exerciseSchema = z.looseObject({
  id: recordId(),
  date: isoDate(),
  type: z._default(z.nullable(z.enum(EXERCISE_TYPES)), null),
  scenario: text(),
  participants: text(),
  findings: text(),
  actions: list(exerciseActionSchema),
  /** Set when the exercise was run on the emergency screen: the id of its record in `incidents`. */
  incidentId: z._default(z.nullable(z.string()), null),
});

export const trainingSchema = z.prefault(
  z.looseObject({
    frequencyMonths: z._default(z.union([z.literal(3), z.literal(6), z.literal(12)]), 12),
    audience: text(),
  }),
  {},
);

export type Exercise = Known<z.output<typeof exerciseSchema>>;
