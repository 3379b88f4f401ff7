import { z } from 'zod';
import { isoDate, list, recordId, text, type Known } from './fields';

/** Step 9: training and exercises. */
export const TRAINING_FREQUENCIES = [3, 6, 12] as const;
export const EXERCISE_TYPES = ['walkthrough', 'tabletop', 'call_tree_test', 'evacuation_drill', 'full'] as const;

export const exerciseActionSchema = z.looseObject({
  id: recordId(),
  action: text(),
  owner: text(),
  due: isoDate(),
  done: z.boolean().default(false),
});

export const exerciseSchema = z.looseObject({
  id: recordId(),
  date: isoDate(),
  type: z.enum(EXERCISE_TYPES).nullable().default(null),
  scenario: text(),
  participants: text(),
  findings: text(),
  actions: list(exerciseActionSchema),
});

export const trainingSchema = z
  .looseObject({
    frequencyMonths: z.union([z.literal(3), z.literal(6), z.literal(12)]).default(12),
    audience: text(),
  })
  .prefault({});

export type Exercise = Known<z.output<typeof exerciseSchema>>;
