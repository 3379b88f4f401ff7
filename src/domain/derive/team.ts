import type { Plan } from '../plan';
import type { Employee } from '../step6-emergency';

/**
 * The BCP leader or deputy as the plan shows them: a person of the staff list, chosen in step 1.
 * Name and phone are the staff record's, so the plan holds one number per person.
 */
export interface BcpPerson {
  /** The staff record, or null while nobody is chosen (or the chosen record was removed). */
  employee: Employee | null;
  /** Its position in contacts.employees, for paths to its fields; -1 without a record. */
  index: number;
  name: string;
  phone: string;
}

function staffMember(plan: Plan, employeeId: string | null): BcpPerson {
  const index = employeeId === null ? -1 : plan.contacts.employees.findIndex((employee) => employee.id === employeeId);
  const employee = plan.contacts.employees[index] ?? null;
  return { employee, index: employee ? index : -1, name: employee?.name ?? '', phone: employee?.mobile ?? '' };
}

/** The BCP leader, with the position, e-mail and authority that step 1 gives the role. */
export function bcpLeader(plan: Plan): BcpPerson & { position: string; email: string; authority: string } {
  const { employeeId, position, email, authority } = plan.team.leader;
  return { ...staffMember(plan, employeeId), position, email, authority };
}

/** The deputy who stands in for the BCP leader. */
export function bcpDeputy(plan: Plan): BcpPerson {
  return staffMember(plan, plan.team.deputy.employeeId);
}
