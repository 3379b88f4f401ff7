import { bcpDeputy, bcpLeader } from '../derive/team';
import type { Plan } from '../plan';
import { isBlank } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue } from './issues';

/** What step 1 requires, and the limits of its numbers. */
export const STEP1_FIELD_RULES = {
  'company.name': { required: 'company_name_required' },
  'company.employeeCount': { min: 0 },
  'company.sites.name': { required: 'site_name_required' },
  'purpose.priorities': { required: 'priorities_required' },
  'scope.sections': { required: 'scope_sections_required' },
  'scope.sections.name': { required: 'scope_section_name_required' },
  'team.leader.employeeId': { required: 'leader_required' },
  'team.members.name': { required: 'team_member_name_required' },
} as const satisfies FieldRules;
const RULES = STEP1_FIELD_RULES;

/** Step 1: the company, the purpose of the plan, its scope and the BCP team. */
export function purposeScopeTeamIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(1);
  const { company, purpose, scope, team } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const priorities = purpose.priorities;
  return [
    ...check.required(company.name, RULES['company.name'].required, ['company', 'name']),
    ...check.withinLimits(company.employeeCount, RULES['company.employeeCount'], ['company', 'employeeCount']),
    ...company.sites.flatMap((site, index) =>
      check.required(site.name, RULES['company.sites.name'].required, ['company', 'sites', index, 'name'], { number: index + 1 }),
    ),
    ...check.errorIf(priorities.length === 0, RULES['purpose.priorities'].required, ['purpose', 'priorities']),
    ...check.errorIf(
      priorities.length > 0 && priorities[0] !== 'protect_people',
      'protect_people_not_first',
      ['purpose', 'priorities'],
    ),
    ...check.errorIf(scope.sections.length === 0, RULES['scope.sections'].required, ['scope', 'sections']),
    ...scope.sections.flatMap((section, index) =>
      check.required(section.name, RULES['scope.sections.name'].required, ['scope', 'sections', index, 'name'], {
        number: index + 1,
      }),
    ),
    ...check.errorIf(leader.employee === null, RULES['team.leader.employeeId'].required, ['team', 'leader', 'employeeId']),
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
      ...check.required(member.name, RULES['team.members.name'].required, ['team', 'members', index, 'name'], {
        number: index + 1,
      }),
      ...check.phone(member.phone, ['team', 'members', index, 'phone']),
    ]),
  ];
}
