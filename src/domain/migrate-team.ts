import { digitsOf, normalisedName } from './derive/team';
import { newId } from './fields';
import { PlanDataError } from './plan-data-error';

type RawRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is RawRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');


/**
 * Where the step 1 number goes in the staff record it is linked to, so that no number is lost:
 * nowhere when the record already has it, into `mobile` when that is empty, else into `phoneToCheck`
 * (which raises a warning until the owner keeps one).
 */
function keepNumber(employee: RawRecord, phone: string): RawRecord {
  const digits = digitsOf(phone);
  if (digits === '') return employee;
  const known = [employee.mobile, employee.altPhone, employee.phoneToCheck].map((value) => digitsOf(textOf(value)));
  if (known.includes(digits)) return employee;
  if (textOf(employee.mobile).trim() === '') return { ...employee, mobile: phone };
  if (textOf(employee.phoneToCheck).trim() === '') return { ...employee, phoneToCheck: phone };
  return { ...employee, phoneToCheck: `${textOf(employee.phoneToCheck)} / ${phone}` };
}

/** The staff record a step 1 person is: the one with the same name, else (without a name) the one with the same number. */
function matchingEmployee(employees: readonly unknown[], name: string, phone: string): number {
  if (name.trim() !== '') {
    return employees.findIndex((employee) => isRecord(employee) && normalisedName(textOf(employee.name)) === normalisedName(name));
  }
  const digits = digitsOf(phone);
  return employees.findIndex(
    (employee) => isRecord(employee) && digits !== '' && [employee.mobile, employee.altPhone].some((value) => digitsOf(textOf(value)) === digits),
  );
}

/**
 * Version 3 keeps the BCP leader's and deputy's name and phone once, on their staff record: step 1 points at it.
 * Each is linked to the staff record of the same name; a person not on the staff list gets a record made from
 * the step 1 answers. Data of an unexpected shape is left as it is, for the schema to refuse.
 */
export function linkTeamToStaff(plan: RawRecord): RawRecord {
  const team = plan.team ?? {};
  const contacts = plan.contacts ?? {};
  if (!isRecord(team) || !isRecord(contacts)) return plan;
  const stored = contacts.employees ?? [];
  if (!Array.isArray(stored)) return plan;
  let employees: unknown[] = stored;
  const linked: RawRecord = { ...team };
  for (const role of ['leader', 'deputy'] as const) {
    const person = team[role] ?? {};
    if (!isRecord(person)) return plan;
    const { name, phone, ...rest } = person;
    for (const [key, value] of [['name', name], ['phone', phone]] as const) {
      if (value !== undefined && typeof value !== 'string') {
        throw new PlanDataError('invalid', [`team.${role}.${key}: invalid_type`], [{ path: ['team', role, key], missing: false }]);
      }
    }
    const typedName = textOf(name);
    const typedPhone = textOf(phone);
    if (typedName.trim() === '' && typedPhone.trim() === '') {
      linked[role] = rest;
      continue;
    }
    const index = matchingEmployee(employees, typedName, typedPhone);
    const found = employees[index];
    if (isRecord(found) && typeof found.id === 'string' && found.id !== '') {
      employees = employees.map((employee, position) => (position === index ? keepNumber(found, typedPhone) : employee));
      linked[role] = { ...rest, employeeId: found.id };
    } else {
      const staffRole = role === 'leader' ? textOf(rest.position) : '';
      const created = { id: newId(), name: typedName, role: staffRole, mobile: typedPhone };
      employees = [...employees, created];
      linked[role] = { ...rest, employeeId: created.id };
    }
  }
  return { ...plan, team: linked, contacts: { ...contacts, employees } };
}
