import * as z from 'zod/mini';
import { codeList, isoDate, recordId, text, type Known } from './fields';
import { INCIDENT_LESSONS } from './incidents';

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

export const reviewSchema = z.prefault(
  z.looseObject({
    frequencyMonths: z._default(z.union([z.literal(6), z.literal(12)]), 12),
    lastReviewed: isoDate(),
    triggers: codeList(REVIEW_TRIGGERS),
  }),
  {},
);

export const changeLogEntrySchema = z.looseObject({
  id: recordId(),
  date: isoDate(),
  summary: text(),
  by: text(),
  /** Set when the entry is a lesson of a closed incident or exercise: the id of its record in `incidents`. */
  incidentId: z._default(z.nullable(z.string()), null),
  /**
   * Which of the three closing questions the entry answers (with `incidentId`); null for an entry the owner
   * wrote. The summary is the owner's answer only: screens and PDFs put the question before it in their language.
   */
  lesson: z._default(z.nullable(z.enum(INCIDENT_LESSONS)), null),
});

export const approvalSchema = z.prefault(z.looseObject({ name: text(), position: text(), date: isoDate() }), {});

export type ChangeLogEntry = Known<z.output<typeof changeLogEntrySchema>>;
