import type { Plan } from '../plan';
import { addMonths, formatIsoDate, isoDay, parseIsoDate } from './dates';

/**
 * When the plan is next due for review (`yyyy-mm-dd`): the last review plus the review interval,
 * or, if it was never reviewed, the day the plan was created plus the interval.
 * Null when the date it counts from is not a valid date.
 */
export function nextReviewDate(plan: Plan): string | null {
  const { lastReviewed, frequencyMonths } = plan.review;
  const from = parseIsoDate(lastReviewed.trim() === '' ? plan.createdAt.slice(0, 10) : lastReviewed);
  return from === null ? null : formatIsoDate(addMonths(from, frequencyMonths));
}

/** True when the next review date has passed. Due today is not yet overdue. */
export function isReviewOverdue(plan: Plan, today: Date): boolean {
  const due = nextReviewDate(plan);
  return due !== null && due < isoDay(today);
}
