import * as z from 'zod/mini';
import { isoDate, optionalNumber, recordId, text, type Known } from './fields';

/** Step 5: protection and mitigation before a disaster. */
export const MEASURE_TYPES = ['structural', 'backup', 'stockpile', 'alternative_source', 'insurance', 'other'] as const;
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;

export const measureSchema = z.looseObject({
  id: recordId(),
  /** A resource id, or a hazard code prefixed with "hazard:". */
  target: z._default(z.nullable(z.string()), null),
  action: text(),
  type: z._default(z.nullable(z.enum(MEASURE_TYPES)), null),
  costEstimate: optionalNumber(),
  owner: text(),
  dueDate: isoDate(),
  status: z._default(z.enum(MEASURE_STATUSES), 'planned'),
});

export type Measure = Known<z.output<typeof measureSchema>>;

export const HAZARD_TARGET_PREFIX = 'hazard:';
export const hazardTarget = (code: string): string => `${HAZARD_TARGET_PREFIX}${code}`;
