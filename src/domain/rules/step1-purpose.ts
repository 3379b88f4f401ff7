import { bcpDeputy, bcpLeader } from '../derive/team';
import type { Plan } from '../plan';
import { isBlank } from './field-checks';
import { checksFor, type PlanIssue } from './issues';

/** Step 1: the company, the purpose of the plan, its scope and the BCP team. */
export function purposeScopeTeamIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(1);
  const { company, purpose, scope, team } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const priorities = purpose.priorities;
  return [
    ...check.required(company.name, 'company_name_required', ['company', 'name']),
    ...check.notNegative(company.employeeCount, ['company', 'employeeCount']),
    ...check.errorIf(priorities.length === 0, 'priorities_required', ['purpose', 'priorities']),
    ...check.errorIf(
      priorities.length > 0 && priorities[0] !== 'protect_people',
      'protect_people_not_first',
      ['purpose', 'priorities'],
    ),
    ...check.errorIf(scope.sections.length === 0, 'scope_sections_required', ['scope', 'sections']),
    ...scope.sections.flatMap((section, index) =>
      check.required(section.name, 'scope_section_name_required', ['scope', 'sections', index, 'name'], {
        number: index + 1,
      }),
    ),
    ...check.errorIf(leader.employee === null, 'leader_required', ['team', 'leader', 'employeeId']),
    ...check.errorIf(
      leader.employee !== null && isBlank(leader.phone),
      'leader_phone_required',
      ['contacts', 'employees', leader.index, 'mobile'],
    ),
    ...check.email(team.leader.email, ['team', 'leader', 'email']),
    ...check.warningIf(deputy.employee === null, 'deputy_missing', ['team', 'deputy', 'employeeId']),
    ...check.warningIf(deputy.employee !== null && deputy.index === leader.index, 'deputy_same_as_leader', ['team', 'deputy', 'employeeId']),
    ...check.warningIf(
      deputy.employee !== null && deputy.index !== leader.index && isBlank(deputy.phone),
      'deputy_phone_missing',
      ['contacts', 'employees', deputy.index, 'mobile'],
      { deputy: deputy.name.trim() },
    ),
    ...team.members.flatMap((member, index) => [
      ...check.required(member.name, 'team_member_name_required', ['team', 'members', index, 'name'], {
        number: index + 1,
      }),
      ...check.phone(member.phone, ['team', 'members', index, 'phone']),
    ]),
  ];
}
