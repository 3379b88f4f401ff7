/** Step 1: the company, the purpose of the plan, its scope and the BCP team. */
import { INDUSTRIES, PRIORITIES, scopeSectionSchema, siteSchema, teamMemberSchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_1: TypedStep<Plan> = {
  step: 1,
  sections: [
    {
      id: 'company',
      fields: [
        { kind: 'text', name: 'company.name', quick: true },
        { kind: 'textarea', name: 'company.address', quick: true },
        { kind: 'select', name: 'company.industry', options: 'industry', codes: INDUSTRIES, quick: true },
        { kind: 'number', name: 'company.employeeCount', step: 1, quick: true },
        {
          kind: 'list',
          name: 'company.sites',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['address'],
          newItem: emptyItem(siteSchema),
          fields: [
            { kind: 'text', name: 'name' },
            { kind: 'textarea', name: 'address' },
          ],
        },
      ],
    },
    {
      id: 'purpose',
      fields: [
        { kind: 'checkboxes', name: 'purpose.priorities', options: 'priority', codes: PRIORITIES, quick: true },
        { kind: 'textarea', name: 'purpose.statement', quick: true },
      ],
    },
    {
      id: 'scope',
      fields: [
        {
          kind: 'list',
          name: 'scope.sections',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['location'],
          newItem: emptyItem(scopeSectionSchema),
          fields: [
            { kind: 'text', name: 'name' },
            { kind: 'text', name: 'location' },
            { kind: 'textarea', name: 'whyCritical' },
          ],
        },
        { kind: 'textarea', name: 'scope.exclusions' },
      ],
    },
    {
      id: 'team',
      fields: [
        { kind: 'reference', name: 'team.leader.employeeId', source: 'employees', multiple: false, person: true, quick: true },
        { kind: 'text', name: 'team.leader.position', quick: true },
        { kind: 'email', name: 'team.leader.email', quick: true },
        { kind: 'textarea', name: 'team.leader.authority' },
        {
          kind: 'reference',
          name: 'team.deputy.employeeId',
          source: 'employees',
          multiple: false,
          person: true,
          phoneShownBy: 'team.leader.employeeId',
          quick: true,
        },
        {
          kind: 'list',
          name: 'team.members',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['phone', 'role'],
          newItem: emptyItem(teamMemberSchema),
          fields: [
            { kind: 'text', name: 'name' },
            { kind: 'text', name: 'role' },
            { kind: 'text', name: 'section' },
            { kind: 'tel', name: 'phone' },
          ],
        },
      ],
    },
  ],
};
