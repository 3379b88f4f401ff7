import { isReviewOverdue, nextReviewDate } from '../derive/review';
import type { Plan } from '../plan';
import { checksFor, type PlanIssue } from './issues';

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
        ...check.required(entry.date, 'change_log_date_required', [...at, 'date'], row),
        ...check.date(entry.date, [...at, 'date']),
        ...check.required(entry.summary, 'change_log_summary_required', [...at, 'summary'], row),
      ];
    }),
    ...check.date(plan.approval.date, ['approval', 'date']),
  ];
}
