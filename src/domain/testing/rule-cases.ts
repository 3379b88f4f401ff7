import { addMonths, calendarDate, formatIsoDate } from '../derive/dates';
import { newId } from '../fields';
import type { Plan, StepNumber } from '../plan';
import type { IssueCode, IssueParams, IssuePath, IssueSeverity } from '../rules/issues';
import { TODAY } from './builders';

/**
 * Test fixtures only: for every issue code, one change that breaks the error-free sample plan
 * (see samples/food-manufacturer.ts for the record positions used here) and the issue it must raise.
 */
export interface RuleCase {
  code: IssueCode;
  severity: IssueSeverity;
  step: StepNumber;
  path: IssuePath;
  params?: IssueParams;
  breakPlan: (plan: Plan) => void;
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`the sample plan has no item ${index}`);
  return item;
}

const product = (plan: Plan, index: number) => at(plan.keyProducts, index);
const employeeId = (plan: Plan, index: number) => at(plan.contacts.employees, index).id;
const monthsBeforeToday = (months: number) => formatIsoDate(addMonths(calendarDate(TODAY), -months));

export const RULE_CASES: RuleCase[] = [
  // Field formats
  {
    code: 'phone_invalid',
    severity: 'error',
    step: 6,
    path: ['contacts', 'employees', 0, 'mobile'],
    breakPlan: (plan) => void (at(plan.contacts.employees, 0).mobile = 'call the office'),
  },
  { code: 'email_invalid', severity: 'error', step: 1, path: ['team', 'leader', 'email'], breakPlan: (plan) => void (plan.team.leader.email = 'somchai at baanrimnam') },
  { code: 'date_invalid', severity: 'error', step: 5, path: ['measures', 0, 'dueDate'], breakPlan: (plan) => void (at(plan.measures, 0).dueDate = '2025-02-30') },
  { code: 'number_negative', severity: 'error', step: 8, path: ['finance', 'cashOnHand'], breakPlan: (plan) => void (plan.finance.cashOnHand = -1) },
  {
    code: 'number_out_of_range',
    severity: 'error',
    step: 4,
    path: ['hazards', 0, 'likelihood'],
    params: { min: 1, max: 5 },
    breakPlan: (plan) => void (at(plan.hazards, 0).likelihood = 6),
  },
  // Step 1
  { code: 'company_name_required', severity: 'error', step: 1, path: ['company', 'name'], breakPlan: (plan) => void (plan.company.name = '  ') },
  { code: 'priorities_required', severity: 'error', step: 1, path: ['purpose', 'priorities'], breakPlan: (plan) => void (plan.purpose.priorities = []) },
  {
    code: 'protect_people_not_first',
    severity: 'error',
    step: 1,
    path: ['purpose', 'priorities'],
    breakPlan: (plan) => void (plan.purpose.priorities = ['protect_jobs', 'protect_people']),
  },
  { code: 'scope_sections_required', severity: 'error', step: 1, path: ['scope', 'sections'], breakPlan: (plan) => void (plan.scope.sections = []) },
  {
    code: 'scope_section_name_required',
    severity: 'error',
    step: 1,
    path: ['scope', 'sections', 1, 'name'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.scope.sections, 1).name = ''),
  },
  { code: 'leader_required', severity: 'error', step: 1, path: ['team', 'leader', 'employeeId'], breakPlan: (plan) => void (plan.team.leader.employeeId = null) },
  {
    code: 'leader_phone_required',
    severity: 'error',
    step: 1,
    path: ['contacts', 'employees', 0, 'mobile'],
    breakPlan: (plan) => void (at(plan.contacts.employees, 0).mobile = ''),
  },
  { code: 'deputy_missing', severity: 'warning', step: 1, path: ['team', 'deputy', 'employeeId'], breakPlan: (plan) => void (plan.team.deputy.employeeId = null) },
  {
    code: 'deputy_phone_missing',
    severity: 'warning',
    step: 1,
    path: ['contacts', 'employees', 1, 'mobile'],
    params: { deputy: 'Malee Rattanakul' },
    breakPlan: (plan) => void (at(plan.contacts.employees, 1).mobile = ''),
  },
  {
    code: 'deputy_same_as_leader',
    severity: 'warning',
    step: 1,
    path: ['team', 'deputy', 'employeeId'],
    breakPlan: (plan) => void (plan.team.deputy.employeeId = plan.team.leader.employeeId),
  },
  {
    code: 'team_member_name_required',
    severity: 'error',
    step: 1,
    path: ['team', 'members', 0, 'name'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(plan.team.members, 0).name = ''),
  },
  {
    code: 'site_name_required',
    severity: 'error',
    step: 1,
    path: ['company', 'sites', 1, 'name'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.company.sites, 1).name = ' '),
  },
  // Step 2
  { code: 'key_products_required', severity: 'error', step: 2, path: ['keyProducts'], breakPlan: (plan) => void (plan.keyProducts = []) },
  {
    code: 'key_product_name_required',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'name'],
    params: { number: 2 },
    breakPlan: (plan) => void (product(plan, 1).name = ''),
  },
  {
    code: 'key_product_rank_required',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'rank'],
    params: { product: 'Prawn crackers, 80 g bags' },
    breakPlan: (plan) => void (product(plan, 1).rank = null),
  },
  {
    code: 'key_product_rank_out_of_range',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'rank'],
    params: { product: 'Prawn crackers, 80 g bags', count: 4 },
    breakPlan: (plan) => void (product(plan, 1).rank = 5),
  },
  {
    code: 'key_product_rank_duplicate',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'rank'],
    params: { product: 'Prawn crackers, 80 g bags', rank: 1 },
    breakPlan: (plan) => void (product(plan, 1).rank = 1),
  },
  {
    code: 'key_product_rto_required',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'rto', 'value'],
    params: { product: 'Prawn crackers, 80 g bags' },
    breakPlan: (plan) => void (product(plan, 1).rto.value = null),
  },
  {
    code: 'key_product_rto_not_positive',
    severity: 'error',
    step: 2,
    path: ['keyProducts', 1, 'rto', 'value'],
    params: { product: 'Prawn crackers, 80 g bags' },
    breakPlan: (plan) => void (product(plan, 1).rto.value = 0),
  },
  {
    code: 'key_product_rto_long',
    severity: 'warning',
    step: 2,
    path: ['keyProducts', 3, 'rto', 'value'],
    params: { product: 'Private-label sauce for export' },
    breakPlan: (plan) => void (product(plan, 3).rto = { value: 13, unit: 'weeks' }),
  },
  // Step 3
  {
    code: 'resource_category_required',
    severity: 'error',
    step: 3,
    path: ['resources', 7, 'category'],
    params: { resource: 'Head cooks who know the recipes' },
    breakPlan: (plan) => void (at(plan.resources, 7).category = null),
  },
  {
    code: 'resource_name_required',
    severity: 'error',
    step: 3,
    path: ['resources', 7, 'name'],
    params: { number: 8 },
    breakPlan: (plan) => void (at(plan.resources, 7).name = ''),
  },
  {
    code: 'resource_used_by_required',
    severity: 'error',
    step: 3,
    path: ['resources', 7, 'usedBy'],
    params: { resource: 'Head cooks who know the recipes' },
    breakPlan: (plan) => void (at(plan.resources, 7).usedBy = []),
  },
  {
    code: 'resource_used_by_unknown',
    severity: 'error',
    step: 3,
    path: ['resources', 7, 'usedBy', 3],
    params: { resource: 'Head cooks who know the recipes' },
    breakPlan: (plan) => void at(plan.resources, 7).usedBy.push('deleted-product'),
  },
  {
    code: 'resource_supplier_unknown',
    severity: 'error',
    step: 3,
    path: ['resources', 4, 'supplierId'],
    params: { resource: 'Glass bottles and caps' },
    breakPlan: (plan) => void (at(plan.resources, 4).supplierId = 'deleted-supplier'),
  },
  {
    code: 'key_product_without_resources',
    severity: 'error',
    step: 3,
    path: ['keyProducts', 3],
    params: { product: 'Private-label sauce for export' },
    breakPlan: (plan) => {
      const productId = product(plan, 3).id;
      plan.resources.forEach((item) => void (item.usedBy = item.usedBy.filter((id) => id !== productId)));
    },
  },
  {
    code: 'bottleneck_unprotected',
    severity: 'warning',
    step: 3,
    path: ['resources', 1],
    params: { resource: 'Bottle filling and capping line' },
    breakPlan: (plan) => void (at(plan.resources, 1).substituteAvailable = false),
  },
  {
    code: 'supplier_name_required',
    severity: 'error',
    step: 3,
    path: ['suppliers', 2, 'name'],
    params: { number: 3 },
    breakPlan: (plan) => void (at(plan.suppliers, 2).name = ''),
  },
  {
    code: 'supplier_alternate_unknown',
    severity: 'error',
    step: 3,
    path: ['suppliers', 0, 'alternateSupplierId'],
    params: { supplier: 'Bang Kadi Chilli Growers Cooperative' },
    breakPlan: (plan) => void (at(plan.suppliers, 0).alternateSupplierId = 'deleted-supplier'),
  },
  {
    code: 'supplier_alternate_self',
    severity: 'error',
    step: 3,
    path: ['suppliers', 0, 'alternateSupplierId'],
    params: { supplier: 'Bang Kadi Chilli Growers Cooperative' },
    breakPlan: (plan) => {
      const cooperative = at(plan.suppliers, 0);
      cooperative.alternateSupplierId = cooperative.id;
    },
  },
  // Step 4
  {
    code: 'hazard_code_required',
    severity: 'error',
    step: 4,
    path: ['hazards', 5, 'code'],
    params: { number: 6 },
    breakPlan: (plan) => void (at(plan.hazards, 5).code = null),
  },
  {
    code: 'hazard_label_required',
    severity: 'error',
    step: 4,
    path: ['hazards', 5, 'label'],
    params: { number: 6 },
    breakPlan: (plan) => {
      const itCyber = at(plan.hazards, 5);
      itCyber.code = 'other';
      itCyber.label = ' ';
    },
  },
  {
    code: 'hazard_likelihood_required',
    severity: 'error',
    step: 4,
    path: ['hazards', 5, 'likelihood'],
    breakPlan: (plan) => void (at(plan.hazards, 5).likelihood = null),
  },
  {
    code: 'hazard_impact_required',
    severity: 'error',
    step: 4,
    path: ['hazards', 5, 'impact'],
    breakPlan: (plan) => void (at(plan.hazards, 5).impact = null),
  },
  {
    code: 'hazard_duplicate',
    severity: 'warning',
    step: 4,
    path: ['hazards', 5, 'code'],
    params: { hazard: 'fire' },
    breakPlan: (plan) => void (at(plan.hazards, 5).code = 'fire'),
  },
  {
    code: 'top_hazard_without_scenario',
    severity: 'error',
    step: 4,
    path: ['hazards', 0],
    params: { hazard: 'flood', score: 16 },
    breakPlan: (plan) => void (plan.scenarios = plan.scenarios.filter((item) => item.hazardCode !== 'flood')),
  },
  {
    code: 'scenario_hazard_required',
    severity: 'error',
    step: 4,
    path: ['scenarios', 1, 'hazardCode'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.scenarios, 1).hazardCode = null),
  },
  {
    code: 'scenario_effect_resource_unknown',
    severity: 'error',
    step: 4,
    path: ['scenarios', 0, 'effects', 0, 'resourceId'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(at(plan.scenarios, 0).effects, 0).resourceId = 'deleted-resource'),
  },
  {
    code: 'scenario_effect_resource_required',
    severity: 'error',
    step: 4,
    path: ['scenarios', 1, 'effects', 0, 'resourceId'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(at(plan.scenarios, 1).effects, 0).resourceId = null),
  },
  {
    code: 'scenario_effect_days_required',
    severity: 'error',
    step: 4,
    path: ['scenarios', 1, 'effects', 1, 'unavailableDays'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(at(plan.scenarios, 1).effects, 1).unavailableDays = null),
  },
  {
    code: 'scenario_exceeds_rto',
    severity: 'warning',
    step: 4,
    path: ['scenarios', 0],
    params: { product: 'Sweet chilli sauce, 300 ml bottles', days: 8, rtoDays: 7 },
    breakPlan: (plan) => void (at(at(plan.scenarios, 0).effects, 0).unavailableDays = 8),
  },
  // Step 5
  {
    code: 'measure_action_required',
    severity: 'error',
    step: 5,
    path: ['measures', 5, 'action'],
    params: { number: 6 },
    breakPlan: (plan) => void (at(plan.measures, 5).action = ''),
  },
  {
    code: 'measure_target_unknown',
    severity: 'error',
    step: 5,
    path: ['measures', 5, 'target'],
    params: { number: 6 },
    breakPlan: (plan) => void (at(plan.measures, 5).target = 'hazard:volcano'),
  },
  // Step 6
  {
    code: 'first_action_text_required',
    severity: 'error',
    step: 6,
    path: ['emergency', 'firstActions', 6, 'text'],
    params: { number: 7 },
    breakPlan: (plan) => void (at(plan.emergency.firstActions, 6).text = ''),
  },
  {
    code: 'activation_who_decides_required',
    severity: 'error',
    step: 6,
    path: ['emergency', 'activation', 'whoDecides'],
    breakPlan: (plan) => void (plan.emergency.activation.whoDecides = ''),
  },
  {
    code: 'assembly_point_required',
    severity: 'error',
    step: 6,
    path: ['emergency', 'evacuation', 'assemblyPoint'],
    breakPlan: (plan) => void (plan.emergency.evacuation.assemblyPoint = ''),
  },
  {
    code: 'employee_name_required',
    severity: 'error',
    step: 6,
    path: ['contacts', 'employees', 7, 'name'],
    params: { number: 8 },
    breakPlan: (plan) => void (at(plan.contacts.employees, 7).name = ''),
  },
  {
    code: 'employee_mobile_required',
    severity: 'error',
    step: 6,
    path: ['contacts', 'employees', 7, 'mobile'],
    params: { employee: 'Suda Inthira' },
    breakPlan: (plan) => void (at(plan.contacts.employees, 7).mobile = ''),
  },
  {
    code: 'phone_to_check',
    severity: 'warning',
    step: 6,
    path: ['contacts', 'employees', 2, 'phoneToCheck'],
    params: { employee: 'Anan Srisuk', first: '+66 86 000 2233, +66 2 000 0099', second: '+66 86 111 2234' },
    breakPlan: (plan) => void (at(plan.contacts.employees, 2).phoneToCheck = ' +66 86 111 2234 '),
  },
  {
    code: 'external_contact_category_required',
    severity: 'error',
    step: 6,
    path: ['contacts', 'external', 3, 'category'],
    params: { contact: 'Bang Kadi Community Hospital' },
    breakPlan: (plan) => void (at(plan.contacts.external, 3).category = null),
  },
  {
    code: 'external_contact_organisation_required',
    severity: 'error',
    step: 6,
    path: ['contacts', 'external', 3, 'organisation'],
    params: { number: 4 },
    breakPlan: (plan) => void (at(plan.contacts.external, 3).organisation = ''),
  },
  {
    code: 'external_contact_phone_required',
    severity: 'error',
    step: 6,
    path: ['contacts', 'external', 3, 'phone'],
    params: { contact: 'Bang Kadi Community Hospital' },
    breakPlan: (plan) => void (at(plan.contacts.external, 3).phone = ''),
  },
  {
    code: 'call_tree_caller_required',
    severity: 'error',
    step: 6,
    path: ['callTree', 3, 'callerId'],
    params: { number: 4 },
    breakPlan: (plan) => void (at(plan.callTree, 3).callerId = null),
  },
  {
    code: 'call_tree_caller_unknown',
    severity: 'error',
    step: 6,
    path: ['callTree', 3, 'callerId'],
    params: { number: 4 },
    breakPlan: (plan) => void (at(plan.callTree, 3).callerId = 'deleted-employee'),
  },
  {
    code: 'call_tree_callee_unknown',
    severity: 'error',
    step: 6,
    path: ['callTree', 3, 'calleeIds', 1],
    params: { number: 4 },
    breakPlan: (plan) => void at(plan.callTree, 3).calleeIds.push('deleted-employee'),
  },
  {
    code: 'call_tree_callees_required',
    severity: 'error',
    step: 6,
    path: ['callTree', 0, 'calleeIds'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(plan.callTree, 0).calleeIds = []),
  },
  {
    code: 'call_tree_calls_self',
    severity: 'error',
    step: 6,
    path: ['callTree', 3, 'calleeIds', 1],
    params: { caller: 'Wichai Boonmee' },
    breakPlan: (plan) => void at(plan.callTree, 3).calleeIds.push(employeeId(plan, 6)),
  },
  {
    code: 'call_tree_cycle',
    severity: 'error',
    step: 6,
    path: ['callTree', 3, 'calleeIds', 1],
    params: { caller: 'Wichai Boonmee', callee: 'Somchai Rattanakul' },
    breakPlan: (plan) => void at(plan.callTree, 3).calleeIds.push(employeeId(plan, 0)),
  },
  {
    code: 'call_tree_duplicate_caller',
    severity: 'warning',
    step: 6,
    path: ['callTree', 4, 'callerId'],
    params: { caller: 'Somchai Rattanakul' },
    breakPlan: (plan) => void plan.callTree.push({ id: newId(), callerId: employeeId(plan, 0), calleeIds: [employeeId(plan, 7)] }),
  },
  {
    code: 'employee_not_called',
    severity: 'warning',
    step: 6,
    path: ['contacts', 'employees', 7],
    params: { employee: 'Suda Inthira' },
    // Wichai calls Niran instead of Suda, so nobody calls Suda
    breakPlan: (plan) => void (at(plan.callTree, 3).calleeIds = [employeeId(plan, 4)]),
  },
  {
    code: 'kit_item_required',
    severity: 'error',
    step: 6,
    path: ['kit', 0, 'item'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(plan.kit, 0).item = ''),
  },
  // Step 7
  {
    code: 'strategy_product_required',
    severity: 'error',
    step: 7,
    path: ['strategies', 1, 'keyProductId'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.strategies, 1).keyProductId = null),
  },
  {
    code: 'strategy_product_unknown',
    severity: 'error',
    step: 7,
    path: ['strategies', 1, 'keyProductId'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.strategies, 1).keyProductId = 'deleted-product'),
  },
  {
    code: 'strategy_type_required',
    severity: 'error',
    step: 7,
    path: ['strategies', 1, 'type'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.strategies, 1).type = null),
  },
  {
    code: 'strategy_description_required',
    severity: 'error',
    step: 7,
    path: ['strategies', 1, 'description'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.strategies, 1).description = ''),
  },
  {
    code: 'key_product_without_strategy',
    severity: 'error',
    step: 7,
    path: ['keyProducts', 2],
    params: { product: 'Roasted chilli paste (nam prik pao), 5 kg tubs' },
    breakPlan: (plan) => {
      const productId = product(plan, 2).id;
      plan.strategies = plan.strategies.filter((item) => item.keyProductId !== productId);
    },
  },
  {
    code: 'strategy_slower_than_rto',
    severity: 'warning',
    step: 7,
    path: ['strategies', 3, 'achievableDays'],
    params: { product: 'Roasted chilli paste (nam prik pao), 5 kg tubs', days: 15, rtoDays: 14 },
    breakPlan: (plan) => void (at(plan.strategies, 3).achievableDays = 15),
  },
  // Step 8
  { code: 'currency_invalid', severity: 'error', step: 8, path: ['finance', 'currency'], breakPlan: (plan) => void (plan.finance.currency = 'thb') },
  // Step 9
  {
    code: 'exercise_date_required',
    severity: 'error',
    step: 9,
    path: ['exercises', 0, 'date'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(plan.exercises, 0).date = ''),
  },
  {
    code: 'exercise_type_required',
    severity: 'error',
    step: 9,
    path: ['exercises', 0, 'type'],
    params: { number: 1 },
    breakPlan: (plan) => void (at(plan.exercises, 0).type = null),
  },
  // Step 10
  {
    code: 'review_overdue',
    severity: 'warning',
    step: 10,
    path: ['review', 'lastReviewed'],
    params: { date: monthsBeforeToday(1) },
    breakPlan: (plan) => void (plan.review.lastReviewed = monthsBeforeToday(13)),
  },
  {
    code: 'change_log_date_required',
    severity: 'error',
    step: 10,
    path: ['changeLog', 1, 'date'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.changeLog, 1).date = ''),
  },
  {
    code: 'change_log_summary_required',
    severity: 'error',
    step: 10,
    path: ['changeLog', 1, 'summary'],
    params: { number: 2 },
    breakPlan: (plan) => void (at(plan.changeLog, 1).summary = ''),
  },
];
