import type { StepNumber } from '../plan';
import { parseIsoDate } from '../derive/dates';
import { isBlank, isPlausibleEmail, isPlausiblePhone } from './field-checks';

/** Stable codes of every problem the plan rules can find; each has a message in locales/<lang>/validation.json. */
export const ISSUE_CODES = [
  // Field formats, anywhere in the plan
  'phone_invalid',
  'email_invalid',
  'date_invalid',
  'number_negative',
  'number_out_of_range',
  // Step 1: company, purpose, scope and team
  'company_name_required',
  'priorities_required',
  'protect_people_not_first',
  'scope_sections_required',
  'scope_section_name_required',
  'leader_required',
  'leader_phone_required',
  'deputy_missing',
  'deputy_phone_missing',
  'deputy_same_as_leader',
  'team_member_name_required',
  'site_name_required',
  // Step 2: key products
  'key_products_required',
  'key_product_name_required',
  'key_product_rank_required',
  'key_product_rank_out_of_range',
  'key_product_rank_duplicate',
  'key_product_rto_required',
  'key_product_rto_not_positive',
  'key_product_rto_long',
  // Step 3: resources and suppliers
  'resource_category_required',
  'resource_name_required',
  'resource_used_by_required',
  'resource_used_by_unknown',
  'resource_supplier_unknown',
  'key_product_without_resources',
  'bottleneck_unprotected',
  'supplier_name_required',
  'supplier_alternate_unknown',
  'supplier_alternate_self',
  // Step 4: hazards and scenarios
  'hazard_code_required',
  'hazard_label_required',
  'hazard_likelihood_required',
  'hazard_impact_required',
  'hazard_duplicate',
  'top_hazard_without_scenario',
  'scenario_hazard_required',
  'scenario_effect_resource_required',
  'scenario_effect_resource_unknown',
  'scenario_effect_days_required',
  'scenario_exceeds_rto',
  // Step 5: measures
  'measure_action_required',
  'measure_target_unknown',
  // Step 6: emergency response
  'first_action_text_required',
  'activation_who_decides_required',
  'assembly_point_required',
  'employee_name_required',
  'employee_mobile_required',
  'phone_to_check',
  'external_contact_category_required',
  'external_contact_organisation_required',
  'external_contact_phone_required',
  'call_tree_caller_required',
  'call_tree_caller_unknown',
  'call_tree_callees_required',
  'call_tree_callee_unknown',
  'call_tree_calls_self',
  'call_tree_cycle',
  'call_tree_duplicate_caller',
  'employee_not_called',
  'kit_item_required',
  // Step 7: strategies
  'strategy_product_required',
  'strategy_product_unknown',
  'strategy_type_required',
  'strategy_description_required',
  'key_product_without_strategy',
  'strategy_slower_than_rto',
  // Step 8: finance
  'currency_invalid',
  // Step 9: exercises
  'exercise_date_required',
  'exercise_type_required',
  // Step 10: review
  'review_overdue',
  'change_log_date_required',
  'change_log_summary_required',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueSeverity = 'error' | 'warning';
export type IssuePath = (string | number)[];
export type IssueParams = Record<string, string | number>;

/** One problem in a plan. Errors block "mark step complete"; warnings are advice. */
export interface PlanIssue {
  severity: IssueSeverity;
  step: StepNumber;
  code: IssueCode;
  /** Where in the Plan object the problem is, e.g. ['keyProducts', 2, 'rank']. */
  path: IssuePath;
  /** Values for the message placeholders: names and numbers. */
  params?: IssueParams;
}

/**
 * The checks one step uses. Each returns a list with the issue found, or an empty list,
 * so a step's rules read as one spread of checks.
 */
export function checksFor(step: StepNumber) {
  const found =
    (severity: IssueSeverity) =>
    (condition: boolean, code: IssueCode, path: IssuePath, params?: IssueParams): PlanIssue[] => {
      if (!condition) return [];
      return [params === undefined ? { severity, step, code, path } : { severity, step, code, path, params }];
    };
  const errorIf = found('error');
  const filled = (value: string) => !isBlank(value);
  const warningIf = found('warning');
  return {
    error: (code: IssueCode, path: IssuePath, params?: IssueParams) => errorIf(true, code, path, params),
    errorIf,
    warning: (code: IssueCode, path: IssuePath, params?: IssueParams) => warningIf(true, code, path, params),
    warningIf,
    required: (value: string, code: IssueCode, path: IssuePath, params?: IssueParams) =>
      errorIf(isBlank(value), code, path, params),
    phone: (value: string, path: IssuePath) => errorIf(filled(value) && !isPlausiblePhone(value), 'phone_invalid', path),
    email: (value: string, path: IssuePath) => errorIf(filled(value) && !isPlausibleEmail(value), 'email_invalid', path),
    date: (value: string, path: IssuePath) => errorIf(filled(value) && parseIsoDate(value) === null, 'date_invalid', path),
    notNegative: (value: number | null, path: IssuePath) => errorIf(value !== null && value < 0, 'number_negative', path),
    /** A number from min to max, fractions allowed (e.g. a percentage). */
    numberIn: (value: number | null, min: number, max: number, path: IssuePath) =>
      errorIf(value !== null && (value < min || value > max), 'number_out_of_range', path, { min, max }),
    /** A number within a field's declared limits (FIELD_RULES): from 0 up, or from its minimum to its maximum. */
    withinLimits: (value: number | null, limits: NumberLimits, path: IssuePath) =>
      limits.max === undefined
        ? errorIf(value !== null && value < limits.min, 'number_negative', path)
        : errorIf(value !== null && (value < limits.min || value > limits.max), 'number_out_of_range', path, {
            min: limits.min,
            max: limits.max,
          }),
    /** A whole number from min to max (e.g. a 1–5 rating). */
    wholeNumberIn: (value: number | null, min: number, max: number, path: IssuePath) =>
      errorIf(
        value !== null && (!Number.isInteger(value) || value < min || value > max),
        'number_out_of_range',
        path,
        { min, max },
      ),
  };
}

export type StepChecks = ReturnType<typeof checksFor>;

/** The limits of a number field: not negative, or from a minimum to a maximum. */
export type NumberLimits = { readonly min: 0; readonly max?: undefined } | { readonly min: number; readonly max: number };

/** A number of days for a message, to at most two decimals (5 hours = 0.21 days). */
export const roundedDays = (days: number): number => Math.round(days * 100) / 100;
