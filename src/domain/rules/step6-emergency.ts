import { bcpDeputy, bcpLeader } from '../derive/team';
import type { Plan } from '../plan';
import type { CallTreeLink, Employee, ExternalContact } from '../step6-emergency';
import { displayName, isBlank } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue, type StepChecks } from './issues';

/** What step 6 requires. */
export const STEP6_FIELD_RULES = {
  'emergency.activation.whoDecides': { required: 'activation_who_decides_required' },
  'emergency.evacuation.assemblyPoint': { required: 'assembly_point_required' },
  'contacts.employees.name': { required: 'employee_name_required' },
  'contacts.employees.mobile': { required: 'employee_mobile_required' },
  'contacts.external.category': { required: 'external_contact_category_required' },
  'contacts.external.organisation': { required: 'external_contact_organisation_required' },
  'contacts.external.phone': { required: 'external_contact_phone_required' },
  'callTree.callerId': { required: 'call_tree_caller_required' },
  'callTree.calleeIds': { required: 'call_tree_callees_required' },
  'kit.item': { required: 'kit_item_required' },
} as const satisfies FieldRules;
const RULES = STEP6_FIELD_RULES;

type CallGraph = Map<string, Set<string>>;

/** Who calls whom, with all the rows of one caller merged. */
function callGraph(callTree: CallTreeLink[]): CallGraph {
  const graph: CallGraph = new Map();
  for (const link of callTree) {
    if (link.callerId === null) continue;
    const callees = graph.get(link.callerId) ?? new Set<string>();
    link.calleeIds.forEach((calleeId) => callees.add(calleeId));
    graph.set(link.callerId, callees);
  }
  return graph;
}

function employeeNames(plan: Plan): Map<string, string> {
  return new Map(plan.contacts.employees.map((employee, index) => [employee.id, displayName(employee.name, index)]));
}

/** Whether calls starting from `from` ever reach `to`. */
function reaches(graph: CallGraph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const pending = [from];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(graph.get(next) ?? []));
  }
  return false;
}

/**
 * One person of the staff list. A missing mobile of the BCP leader or deputy is reported by step 1, where they are
 * chosen, on the same field; a second number kept by the migration waits for the owner to keep one.
 */
function employeeIssues(check: StepChecks, employee: Employee, index: number, chosenInStep1: ReadonlySet<number>): PlanIssue[] {
  const at = ['contacts', 'employees', index];
  const employeeName = displayName(employee.name, index);
  return [
    ...check.required(employee.name, RULES['contacts.employees.name'].required, [...at, 'name'], { number: index + 1 }),
    ...check.errorIf(!chosenInStep1.has(index) && isBlank(employee.mobile), RULES['contacts.employees.mobile'].required, [...at, 'mobile'], {
      employee: employeeName,
    }),
    ...check.warningIf(!isBlank(employee.phoneToCheck), 'phone_to_check', [...at, 'phoneToCheck'], {
      employee: employeeName,
      first: [employee.mobile, employee.altPhone].filter((phone) => !isBlank(phone)).join(', '),
      second: employee.phoneToCheck.trim(),
    }),
    ...check.phone(employee.mobile, [...at, 'mobile']),
    ...check.phone(employee.altPhone, [...at, 'altPhone']),
  ];
}

function externalContactIssues(check: StepChecks, contact: ExternalContact, index: number): PlanIssue[] {
  const at = ['contacts', 'external', index];
  const params = { contact: displayName(contact.organisation, index) };
  return [
    ...check.errorIf(contact.category === null, RULES['contacts.external.category'].required, [...at, 'category'], params),
    ...check.required(contact.organisation, RULES['contacts.external.organisation'].required, [...at, 'organisation'], {
      number: index + 1,
    }),
    ...check.required(contact.phone, RULES['contacts.external.phone'].required, [...at, 'phone'], params),
    ...check.phone(contact.phone, [...at, 'phone']),
    ...check.email(contact.email, [...at, 'email']),
  ];
}

interface Caller {
  id: string;
  name: string;
}

function callerIssues(check: StepChecks, plan: Plan, link: CallTreeLink, index: number, caller: Caller | null): PlanIssue[] {
  const path = ['callTree', index, 'callerId'];
  const row = { number: index + 1 };
  if (link.callerId === null) return check.error(RULES['callTree.callerId'].required, path, row);
  if (caller === null) return check.error('call_tree_caller_unknown', path, row);
  const listedBefore = plan.callTree.slice(0, index).some((earlier) => earlier.callerId === caller.id);
  return check.warningIf(listedBefore, 'call_tree_duplicate_caller', path, { caller: caller.name });
}

function calleeIssues(
  check: StepChecks,
  link: CallTreeLink,
  index: number,
  caller: Caller | null,
  { names, graph }: { names: Map<string, string>; graph: CallGraph },
): PlanIssue[] {
  return link.calleeIds.flatMap((calleeId, position) => {
    const path = ['callTree', index, 'calleeIds', position];
    const callee = names.get(calleeId);
    if (callee === undefined) return check.error('call_tree_callee_unknown', path, { number: index + 1 });
    if (caller === null) return [];
    if (calleeId === caller.id) return check.error('call_tree_calls_self', path, { caller: caller.name });
    return check.errorIf(reaches(graph, calleeId, caller.id), 'call_tree_cycle', path, { caller: caller.name, callee });
  });
}

/** Employees nobody calls. The people at the top of the tree (callers nobody calls) are exempt. */
function notCalledIssues(check: StepChecks, plan: Plan): PlanIssue[] {
  if (plan.callTree.length === 0) return [];
  const inTree = new Set(plan.callTree.flatMap((link) => [link.callerId, ...link.calleeIds]));
  return plan.contacts.employees.flatMap((employee, index) =>
    check.warningIf(!inTree.has(employee.id), 'employee_not_called', ['contacts', 'employees', index], {
      employee: displayName(employee.name, index),
    }),
  );
}

function callTreeIssues(check: StepChecks, plan: Plan): PlanIssue[] {
  const names = employeeNames(plan);
  const graph = callGraph(plan.callTree);
  return [
    ...plan.callTree.flatMap((link, index) => {
      const name = link.callerId === null ? undefined : names.get(link.callerId);
      const caller = link.callerId === null || name === undefined ? null : { id: link.callerId, name };
      return [
        ...callerIssues(check, plan, link, index, caller),
        ...check.errorIf(link.calleeIds.length === 0, RULES['callTree.calleeIds'].required, ['callTree', index, 'calleeIds'], {
          number: index + 1,
        }),
        ...calleeIssues(check, link, index, caller, { names, graph }),
      ];
    }),
    ...notCalledIssues(check, plan),
  ];
}

/** Step 6: first actions, activation, evacuation, contacts, call tree and emergency kit. */
export function emergencyIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(6);
  const { emergency, contacts } = plan;
  const chosenInStep1 = new Set([bcpLeader(plan).index, bcpDeputy(plan).index]);
  return [
    ...emergency.firstActions.flatMap((action, index) =>
      check.errorIf(
        action.code === 'custom' && isBlank(action.text),
        'first_action_text_required',
        ['emergency', 'firstActions', index, 'text'],
        { number: index + 1 },
      ),
    ),
    ...check.required(emergency.activation.whoDecides, RULES['emergency.activation.whoDecides'].required, [
      'emergency',
      'activation',
      'whoDecides',
    ]),
    ...check.required(emergency.evacuation.assemblyPoint, RULES['emergency.evacuation.assemblyPoint'].required, [
      'emergency',
      'evacuation',
      'assemblyPoint',
    ]),
    ...contacts.employees.flatMap((employee, index) => employeeIssues(check, employee, index, chosenInStep1)),
    ...contacts.external.flatMap((contact, index) => externalContactIssues(check, contact, index)),
    ...callTreeIssues(check, plan),
    ...plan.kit.flatMap((kitItem, index) => [
      ...check.required(kitItem.item, RULES['kit.item'].required, ['kit', index, 'item'], { number: index + 1 }),
      ...check.date(kitItem.lastChecked, ['kit', index, 'lastChecked']),
    ]),
  ];
}
