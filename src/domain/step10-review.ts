import { z } from 'zod';
import { codeList, isoDate, recordId, text, type Known } from './fields';

/** Step 10: review and improvement. */
export const REVIEW_FREQUENCIES = [6, 12] as const;
export const REVIEW_TRIGGERS = [
  'staff_change',
  'new_product',
  'supplier_change',
  'after_incident',
  'after_exercise',
  'site_change',
] as const;

export const reviewSchema = z
  .looseObject({
    frequencyMonths: z.union([z.literal(6), z.literal(12)]).default(12),
    lastReviewed: isoDate(),
    triggers: codeList(REVIEW_TRIGGERS),
  })
  .prefault({});

export const changeLogEntrySchema = z.looseObject({
  id: recordId(),
  date: isoDate(),
  summary: text(),
  by: text(),
});

export const approvalSchema = z.looseObject({ name: text(), position: text(), date: isoDate() }).prefault({});

export type ChangeLogEntry = Known<z.output<typeof changeLogEntrySchema>>;
