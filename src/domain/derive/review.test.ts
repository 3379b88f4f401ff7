import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan';
import { blankPlan } from '../testing/builders';
import { isReviewOverdue, nextReviewDate, reviewUrgency } from './review';

function planReviewed(lastReviewed: string, frequencyMonths: 6 | 12, createdAt = '2024-03-10T08:00:00.000Z'): Plan {
  const plan = blankPlan();
  plan.createdAt = createdAt;
  plan.review = { ...plan.review, lastReviewed, frequencyMonths };
  return plan;
}

describe('nextReviewDate', () => {
  it('adds the review interval to the last review', () => {
    expect(nextReviewDate(planReviewed('2025-03-15', 12))).toBe('2026-03-15');
    expect(nextReviewDate(planReviewed('2025-03-15', 6))).toBe('2025-09-15');
  });

  it('clamps to the end of shorter months, leap years included', () => {
    expect(nextReviewDate(planReviewed('2025-08-31', 6))).toBe('2026-02-28');
    expect(nextReviewDate(planReviewed('2023-08-31', 6))).toBe('2024-02-29');
    expect(nextReviewDate(planReviewed('2024-02-29', 12))).toBe('2025-02-28');
    expect(nextReviewDate(planReviewed('2025-12-31', 6))).toBe('2026-06-30');
  });

  it('counts from the day the plan was created when it was never reviewed', () => {
    expect(nextReviewDate(planReviewed('', 12))).toBe('2025-03-10');
    expect(nextReviewDate(planReviewed('  ', 6, '2023-08-31T23:00:00.000Z'))).toBe('2024-02-29');
  });

  it('is null when the date it counts from is not a date', () => {
    expect(nextReviewDate(planReviewed('last spring', 12))).toBeNull();
    expect(nextReviewDate(planReviewed('', 12, 'unknown'))).toBeNull();
  });
});

describe('isReviewOverdue', () => {
  const plan = planReviewed('2024-06-15', 12);

  it('is false up to and including the due day', () => {
    expect(isReviewOverdue(plan, new Date(2025, 5, 14, 12))).toBe(false);
    expect(isReviewOverdue(plan, new Date(2025, 5, 15, 23, 59))).toBe(false);
  });

  it('is true from the day after the due day', () => {
    expect(isReviewOverdue(plan, new Date(2025, 5, 16, 0, 1))).toBe(true);
  });

  it('is false when there is no next review date', () => {
    expect(isReviewOverdue(planReviewed('soon', 12), new Date(2030, 0, 1))).toBe(false);
  });
});

describe('reviewUrgency', () => {
  const plan = planReviewed('2024-06-15', 12);

  it('flags a review due within 30 days, the due day included', () => {
    expect(reviewUrgency(plan, new Date(2025, 4, 15, 9))).toBeNull();
    expect(reviewUrgency(plan, new Date(2025, 4, 16, 9))).toBe('due_soon');
    expect(reviewUrgency(plan, new Date(2025, 5, 15, 23, 59))).toBe('due_soon');
  });

  it('says overdue from the day after the due day, and nothing without a date', () => {
    expect(reviewUrgency(plan, new Date(2025, 5, 16, 0, 1))).toBe('overdue');
    expect(reviewUrgency(planReviewed('soon', 12), new Date(2030, 0, 1))).toBeNull();
  });
});
