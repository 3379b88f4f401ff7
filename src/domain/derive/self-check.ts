import { SELF_CHECK_ITEMS, type Plan, type SelfCheckItem } from '../plan';
import { isBlank, isPlausiblePhone } from '../rules/field-checks';
import type { IssueCode, PlanIssue } from '../rules/issues';
import { addMonths, calendarDate, formatIsoDate, parseIsoDate } from './dates';
import { reserveMonths } from './finance';
import { rtoInDays } from './recovery';
import { isReviewOverdue, nextReviewDate } from './review';
import { topHazard } from './risk';
import { bcpDeputy, bcpLeader } from './team';

/** Items the owner ticks after checking them; the plan cannot tell. */
export const MANUAL_SELF_CHECK_ITEMS = ['resources_and_bottlenecks'] as const satisfies readonly SelfCheckItem[];
type ManualItem = (typeof MANUAL_SELF_CHECK_ITEMS)[number];

export interface SelfCheckResult {
  item: SelfCheckItem;
  kind: 'computed' | 'manual';
  passed: boolean;
}

interface CheckInput {
  plan: Plan;
  issues: readonly PlanIssue[];
  today: Date;
}

const hasIssue = (issues: readonly PlanIssue[], code: IssueCode): boolean => issues.some((issue) => issue.code === code);

const isNamedWithPhone = (person: { name: string; phone: string }): boolean =>
  !isBlank(person.name) && isPlausiblePhone(person.phone);

/** An exercise dated within 12 months either side of today: held recently, or scheduled. */
function hasRecentExercise(plan: Plan, today: Date): boolean {
  const now = calendarDate(today);
  const from = formatIsoDate(addMonths(now, -12));
  const until = formatIsoDate(addMonths(now, 12));
  return plan.exercises.some(({ date }) => parseIsoDate(date) !== null && date >= from && date <= until);
}

function strategiesMeetRto(plan: Plan): boolean {
  return (
    plan.keyProducts.length > 0 &&
    plan.keyProducts.every((product) => {
      const rtoDays = rtoInDays(product.rto);
      return plan.strategies.some(
        (strategy) =>
          strategy.keyProductId === product.id &&
          strategy.achievableDays !== null &&
          rtoDays !== null &&
          strategy.achievableDays <= rtoDays,
      );
    })
  );
}

const COMPUTED_CHECKS: Record<Exclude<SelfCheckItem, ManualItem>, (input: CheckInput) => boolean> = {
  purpose_people_first: ({ plan }) =>
    plan.purpose.priorities[0] === 'protect_people' && !isBlank(plan.purpose.statement),
  scope_sections: ({ plan }) => plan.scope.sections.some((section) => !isBlank(section.name)),
  leader_and_deputy: ({ plan }) => isNamedWithPhone(bcpLeader(plan)) && isNamedWithPhone(bcpDeputy(plan)),
  key_product_ranked: ({ plan }) =>
    plan.keyProducts.some(
      (product) => product.rank !== null && Number.isInteger(product.rank) && product.rank >= 1 && rtoInDays(product.rto) !== null,
    ),
  top_hazard_scenario: ({ plan, issues }) => topHazard(plan) !== null && !hasIssue(issues, 'top_hazard_without_scenario'),
  bottlenecks_covered: ({ plan, issues }) => plan.resources.length > 0 && !hasIssue(issues, 'bottleneck_unprotected'),
  emergency_ready: ({ plan }) =>
    plan.emergency.firstActions.length > 0 &&
    !isBlank(plan.emergency.evacuation.assemblyPoint) &&
    !isBlank(plan.emergency.activation.whoDecides) &&
    plan.contacts.employees.length > 0 &&
    plan.contacts.external.length > 0,
  strategies_meet_rto: ({ plan }) => strategiesMeetRto(plan),
  finance_recorded: ({ plan }) => reserveMonths(plan.finance) !== null && plan.finance.insurance.length > 0,
  exercise_recent: ({ plan, today }) => hasRecentExercise(plan, today),
  review_scheduled: ({ plan, today }) => nextReviewDate(plan) !== null && !isReviewOverdue(plan, today),
};

const isManual = (item: SelfCheckItem): item is ManualItem => (MANUAL_SELF_CHECK_ITEMS as readonly string[]).includes(item);

/**
 * The self-check list, one result per SELF_CHECK_ITEMS entry in order. Computed items follow
 * from the plan (and its issues, which must be those of this plan and `today`); manual items
 * pass once the owner has ticked them.
 */
export function selfCheck(plan: Plan, issues: readonly PlanIssue[], today: Date): SelfCheckResult[] {
  return SELF_CHECK_ITEMS.map((item) =>
    isManual(item)
      ? { item, kind: 'manual', passed: plan.selfCheckTicks.includes(item) }
      : { item, kind: 'computed', passed: COMPUTED_CHECKS[item]({ plan, issues, today }) },
  );
}
