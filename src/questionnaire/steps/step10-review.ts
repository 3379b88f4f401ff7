/** Step 10: review schedule, change log and sign-off. */
import { changeLogEntrySchema, REVIEW_FREQUENCIES, REVIEW_TRIGGERS, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_10: TypedStep<Plan> = {
  step: 10,
  sections: [
    {
      id: 'review',
      fields: [
        { kind: 'select', name: 'review.frequencyMonths', options: 'reviewFrequency', codes: REVIEW_FREQUENCIES, quick: true },
        { kind: 'date', name: 'review.lastReviewed', quick: true },
        { kind: 'checkboxes', name: 'review.triggers', options: 'reviewTrigger', codes: REVIEW_TRIGGERS },
      ],
    },
    {
      id: 'changeLog',
      fields: [
        {
          kind: 'list',
          name: 'changeLog',
          orderable: false,
          titleFields: ['summary'],
          summaryFields: ['date', 'by'],
          newItem: emptyItem(changeLogEntrySchema),
          fields: [
            { kind: 'date', name: 'date' },
            { kind: 'text', name: 'summary' },
            { kind: 'text', name: 'by' },
          ],
        },
      ],
    },
    {
      id: 'approval',
      fields: [
        { kind: 'text', name: 'approval.name' },
        { kind: 'text', name: 'approval.position' },
        { kind: 'date', name: 'approval.date' },
      ],
    },
  ],
};
