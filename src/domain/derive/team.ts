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

/** A name as people write it in different places: same letters, any spacing or case. */
export function normalisedName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/** A phone number's digits: "081-234 5678" and "0812345678" are the same number. */
export const digitsOf = (phone: string): string => phone.normalize('NFKC').replace(/\D/gu, '');

/**
 * The staff record with this name, if the staff list has one: step 1 chooses that person instead of adding
 * them twice. A number typed for them that the record does not have yet is kept, as its mobile when it has none,
 * else as the number to check.
 */
export function existingPerson(employees: readonly Employee[], name: string, phone: string): Employee | null {
  const found = employees.find((employee) => normalisedName(employee.name) === normalisedName(name));
  if (!found) return null;
  const digits = digitsOf(phone);
  if (digits === '' || [found.mobile, found.altPhone, found.phoneToCheck].some((known) => digitsOf(known) === digits)) return found;
  return found.mobile.trim() === '' ? { ...found, mobile: phone.trim() } : { ...found, phoneToCheck: phone.trim() };
}
