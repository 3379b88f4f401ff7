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

/** How many days ahead a coming review is flagged on the plans list. */
export const REVIEW_DUE_SOON_DAYS = 30;

/** 'overdue' once the next review date has passed, 'due_soon' when it falls within `days` days from today, else null. */
export function reviewUrgency(plan: Plan, today: Date, days: number = REVIEW_DUE_SOON_DAYS): 'overdue' | 'due_soon' | null {
  const due = nextReviewDate(plan);
  if (due === null) return null;
  if (due < isoDay(today)) return 'overdue';
  const horizon = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return due <= isoDay(horizon) ? 'due_soon' : null;
}
