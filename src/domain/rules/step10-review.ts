import { isReviewOverdue, nextReviewDate } from '../derive/review';
import type { Plan } from '../plan';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue } from './issues';

/** What step 10 requires. */
export const STEP10_FIELD_RULES = {
  'review.frequencyMonths': { required: 'by-schema' },
  'changeLog.date': { required: 'change_log_date_required' },
  'changeLog.summary': { required: 'change_log_summary_required' },
} as const satisfies FieldRules;
const RULES = STEP10_FIELD_RULES;

/** Step 10: review schedule, change log and sign-off. */
export function reviewIssues(plan: Plan, today: Date): PlanIssue[] {
  const check = checksFor(10);
  return [
    ...check.date(plan.review.lastReviewed, ['review', 'lastReviewed']),
    ...check.warningIf(isReviewOverdue(plan, today), 'review_overdue', ['review', 'lastReviewed'], {
      date: nextReviewDate(plan) ?? '',
    }),
    ...plan.changeLog.flatMap((entry, index) => {
      const at = ['changeLog', index];
      const row = { number: index + 1 };
      return [
        ...check.required(entry.date, RULES['changeLog.date'].required, [...at, 'date'], row),
        ...check.date(entry.date, [...at, 'date']),
        ...check.required(entry.summary, RULES['changeLog.summary'].required, [...at, 'summary'], row),
      ];
    }),
    ...check.date(plan.approval.date, ['approval', 'date']),
  ];
}
