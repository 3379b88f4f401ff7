import {
  changeLogEntrySchema,
  creditLineSchema,
  employeeSchema,
  EXERCISE_TYPES,
  exerciseActionSchema,
  exerciseSchema,
  EXTERNAL_CONTACT_CATEGORIES,
  externalContactSchema,
  FIRST_ACTIONS,
  firstActionSchema,
  HAZARDS,
  hazardSchema,
  INDUSTRIES,
  insurancePolicySchema,
  keyProductSchema,
  kitItemSchema,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  measureSchema,
  newId,
  PRIORITIES,
  PRODUCT_REASONS,
  RESOURCE_CATEGORIES,
  resourceSchema,
  REVIEW_FREQUENCIES,
  REVIEW_TRIGGERS,
  RTO_UNITS,
  SAFETY_CHECK_METHODS,
  scenarioEffectSchema,
  scenarioSchema,
  scopeSectionSchema,
  siteSchema,
  STRATEGY_TYPES,
  strategySchema,
  supplierSchema,
  teamMemberSchema,
  TRAINING_FREQUENCIES,
  callTreeLinkSchema,
  type StepNumber,
} from '../domain';
import type { FieldDefinition, StepDefinition } from './types';

const IMPACT_LEVELS = [1, 2, 3] as const;
const SCALE_OF_FIVE = [1, 2, 3, 4, 5] as const;

/** An empty list item built through its schema, so that its defaults are the model's own. */
const emptyItem = (schema: { parse: (input: unknown) => object }) => () =>
  schema.parse({ id: newId() }) as Record<string, unknown>;

const impact = (name: string): FieldDefinition => ({
  kind: 'select',
  name,
  options: 'impactLevel',
  codes: IMPACT_LEVELS,
});

export const STEPS: readonly StepDefinition[] = [
  {
    step: 1,
    sections: [
      {
        id: 'company',
        fields: [
          { kind: 'text', name: 'company.name', quick: true, required: true },
          { kind: 'textarea', name: 'company.address', quick: true },
          { kind: 'select', name: 'company.industry', options: 'industry', codes: INDUSTRIES, quick: true },
          { kind: 'number', name: 'company.employeeCount', min: 0, step: 1, quick: true },
          {
            kind: 'list',
            name: 'company.sites',
            orderable: false,
            titleFields: ['name'],
            summaryFields: ['address'],
            newItem: emptyItem(siteSchema),
            fields: [
              { kind: 'text', name: 'name', required: true },
              { kind: 'textarea', name: 'address' },
            ],
          },
        ],
      },
      {
        id: 'purpose',
        fields: [
          { kind: 'checkboxes', name: 'purpose.priorities', options: 'priority', codes: PRIORITIES, quick: true, required: true },
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
            required: true,
            fields: [
              { kind: 'text', name: 'name', required: true },
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
          { kind: 'reference', name: 'team.leader.employeeId', source: 'employees', multiple: false, person: true, quick: true, required: true },
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
              { kind: 'text', name: 'name', required: true },
              { kind: 'text', name: 'role' },
              { kind: 'text', name: 'section' },
              { kind: 'tel', name: 'phone' },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 2,
    sections: [
      {
        id: 'keyProducts',
        fields: [
          {
            kind: 'list',
            name: 'keyProducts',
            orderable: true,
            titleFields: ['name'],
            summaryFields: [['rto.value', 'rto.unit']],
            newItem: (position) => ({ ...emptyItem(keyProductSchema)(), rank: position }),
            rankField: 'rank',
            quick: true,
            required: true,
            fields: [
              { kind: 'text', name: 'name', quick: true, required: true },
              { kind: 'number', name: 'rank', min: 1, step: 1, quick: true, required: true },
              { kind: 'textarea', name: 'description' },
              { kind: 'checkboxes', name: 'reasons', options: 'productReason', codes: PRODUCT_REASONS },
              { kind: 'text', name: 'customers' },
              impact('impact.financial'),
              impact('impact.customers'),
              impact('impact.reputation'),
              impact('impact.legal'),
              { kind: 'number', name: 'rto.value', min: 0, step: 1, quick: true, required: true },
              { kind: 'select', name: 'rto.unit', options: 'rtoUnit', codes: RTO_UNITS, quick: true, required: true },
              { kind: 'number', name: 'minimumLevelPct', min: 0, max: 100, step: 5 },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 3,
    sections: [
      {
        id: 'resources',
        fields: [
          {
            kind: 'list',
            name: 'resources',
            orderable: false,
            titleFields: ['name'],
            summaryFields: ['category', 'quantity'],
            newItem: emptyItem(resourceSchema),
            fields: [
              { kind: 'text', name: 'name', required: true },
              { kind: 'select', name: 'category', options: 'resourceCategory', codes: RESOURCE_CATEGORIES, required: true },
              { kind: 'reference', name: 'usedBy', source: 'keyProducts', multiple: true, required: true },
              { kind: 'text', name: 'quantity' },
              { kind: 'checkbox', name: 'isBottleneck' },
              { kind: 'checkbox', name: 'substituteAvailable' },
              { kind: 'textarea', name: 'substituteNote' },
              { kind: 'reference', name: 'supplierId', source: 'suppliers', multiple: false },
            ],
          },
        ],
      },
      {
        id: 'suppliers',
        fields: [
          {
            kind: 'list',
            name: 'suppliers',
            orderable: false,
            titleFields: ['name'],
            summaryFields: ['phone', 'supplies'],
            newItem: emptyItem(supplierSchema),
            fields: [
              { kind: 'text', name: 'name', required: true },
              { kind: 'text', name: 'supplies' },
              { kind: 'text', name: 'contactName' },
              { kind: 'tel', name: 'phone' },
              { kind: 'email', name: 'email' },
              { kind: 'reference', name: 'alternateSupplierId', source: 'suppliers', multiple: false, excludeSelf: true },
              { kind: 'number', name: 'leadTimeDays', min: 0, step: 1 },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 4,
    sections: [
      {
        id: 'hazards',
        fields: [
          {
            kind: 'list',
            name: 'hazards',
            orderable: false,
            titleFields: ['label', 'code'],
            summaryFields: [],
            newItem: emptyItem(hazardSchema),
            fields: [
              { kind: 'select', name: 'code', options: 'hazard', codes: HAZARDS, required: true },
              { kind: 'text', name: 'label' },
              { kind: 'select', name: 'likelihood', options: 'likelihood', codes: SCALE_OF_FIVE, required: true },
              { kind: 'select', name: 'impact', options: 'severity', codes: SCALE_OF_FIVE, required: true },
            ],
          },
        ],
      },
      {
        id: 'scenarios',
        fields: [
          {
            kind: 'list',
            name: 'scenarios',
            orderable: false,
            titleFields: ['hazardCode'],
            summaryFields: ['description'],
            newItem: emptyItem(scenarioSchema),
            fields: [
              { kind: 'select', name: 'hazardCode', options: 'hazard', codes: HAZARDS, required: true },
              { kind: 'textarea', name: 'description' },
              {
                kind: 'list',
                name: 'effects',
                orderable: false,
                titleFields: ['resourceId'],
                summaryFields: ['unavailableDays'],
                newItem: emptyItem(scenarioEffectSchema),
                fields: [
                  { kind: 'reference', name: 'resourceId', source: 'resources', multiple: false, required: true },
                  { kind: 'number', name: 'unavailableDays', min: 0, step: 1, required: true },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 5,
    sections: [
      {
        id: 'measures',
        fields: [
          {
            kind: 'list',
            name: 'measures',
            orderable: false,
            titleFields: ['action'],
            summaryFields: ['owner', 'dueDate', 'status'],
            newItem: emptyItem(measureSchema),
            fields: [
              { kind: 'text', name: 'action', required: true },
              { kind: 'reference', name: 'target', source: 'measureTargets', multiple: false },
              { kind: 'select', name: 'type', options: 'measureType', codes: MEASURE_TYPES },
              { kind: 'number', name: 'costEstimate', min: 0 },
              { kind: 'text', name: 'owner' },
              { kind: 'date', name: 'dueDate' },
              { kind: 'select', name: 'status', options: 'measureStatus', codes: MEASURE_STATUSES },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 6,
    sections: [
      {
        id: 'firstActions',
        fields: [
          {
            kind: 'list',
            name: 'emergency.firstActions',
            orderable: true,
            titleFields: ['text', 'code'],
            summaryFields: [],
            newItem: emptyItem(firstActionSchema),
            quick: true,
            fields: [
              { kind: 'select', name: 'code', options: 'firstAction', codes: FIRST_ACTIONS, quick: true },
              { kind: 'text', name: 'text', quick: true },
            ],
          },
        ],
      },
      {
        id: 'activation',
        fields: [
          { kind: 'text', name: 'emergency.activation.whoDecides', quick: true, required: true },
          { kind: 'textarea', name: 'emergency.activation.criteria', quick: true },
          { kind: 'text', name: 'emergency.evacuation.assemblyPoint', quick: true, required: true },
          { kind: 'textarea', name: 'emergency.evacuation.routes' },
          { kind: 'select', name: 'emergency.safetyCheck.method', options: 'safetyCheck', codes: SAFETY_CHECK_METHODS },
          { kind: 'text', name: 'emergency.safetyCheck.note' },
        ],
      },
      {
        id: 'employees',
        fields: [
          {
            kind: 'list',
            name: 'contacts.employees',
            orderable: false,
            titleFields: ['name'],
            summaryFields: ['mobile', 'role'],
            newItem: emptyItem(employeeSchema),
            quick: true,
            fields: [
              { kind: 'text', name: 'name', quick: true, required: true },
              { kind: 'text', name: 'role', quick: true },
              { kind: 'tel', name: 'mobile', quick: true, required: true },
              { kind: 'tel', name: 'altPhone' },
              { kind: 'text', name: 'emergencyContact' },
              { kind: 'tel', name: 'phoneToCheck', quick: true, onlyWhenFilled: true },
            ],
          },
        ],
      },
      {
        id: 'externalContacts',
        fields: [
          {
            kind: 'list',
            name: 'contacts.external',
            orderable: false,
            titleFields: ['organisation'],
            summaryFields: ['phone', 'category'],
            newItem: emptyItem(externalContactSchema),
            quick: true,
            fields: [
              { kind: 'select', name: 'category', options: 'contactCategory', codes: EXTERNAL_CONTACT_CATEGORIES, quick: true, required: true },
              { kind: 'text', name: 'organisation', quick: true, required: true },
              { kind: 'text', name: 'person' },
              { kind: 'tel', name: 'phone', quick: true, required: true },
              { kind: 'email', name: 'email' },
            ],
          },
        ],
      },
      {
        id: 'callTree',
        fields: [
          {
            kind: 'list',
            name: 'callTree',
            orderable: false,
            titleFields: ['callerId'],
            summaryFields: ['calleeIds'],
            newItem: emptyItem(callTreeLinkSchema),
            fields: [
              { kind: 'reference', name: 'callerId', source: 'employees', multiple: false, required: true },
              { kind: 'reference', name: 'calleeIds', source: 'employees', multiple: true, required: true, picker: true, excludeChosenIn: 'callerId' },
            ],
          },
        ],
      },
      {
        id: 'kit',
        fields: [
          {
            kind: 'list',
            name: 'kit',
            orderable: false,
            titleFields: ['item'],
            summaryFields: ['quantity', 'location'],
            newItem: emptyItem(kitItemSchema),
            fields: [
              { kind: 'text', name: 'item', required: true },
              { kind: 'text', name: 'quantity' },
              { kind: 'text', name: 'location' },
              { kind: 'date', name: 'lastChecked' },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 7,
    sections: [
      {
        id: 'strategies',
        fields: [
          {
            kind: 'list',
            name: 'strategies',
            orderable: false,
            titleFields: ['keyProductId', 'type'],
            summaryFields: ['achievableDays', 'owner'],
            newItem: emptyItem(strategySchema),
            fields: [
              { kind: 'reference', name: 'keyProductId', source: 'keyProducts', multiple: false, required: true },
              { kind: 'select', name: 'type', options: 'strategyType', codes: STRATEGY_TYPES, required: true },
              { kind: 'textarea', name: 'description', required: true },
              { kind: 'number', name: 'achievableDays', min: 0, step: 1 },
              { kind: 'text', name: 'owner' },
              { kind: 'textarea', name: 'resourcesNeeded' },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 8,
    sections: [
      {
        id: 'finance',
        fields: [
          { kind: 'text', name: 'finance.currency' },
          { kind: 'number', name: 'finance.monthlyFixedCosts', min: 0 },
          { kind: 'number', name: 'finance.cashOnHand', min: 0 },
          { kind: 'number', name: 'finance.estimatedRecoveryCost', min: 0 },
        ],
      },
      {
        id: 'insurance',
        fields: [
          {
            kind: 'list',
            name: 'finance.insurance',
            orderable: false,
            titleFields: ['type'],
            summaryFields: ['insurer', 'phone'],
            newItem: emptyItem(insurancePolicySchema),
            fields: [
              { kind: 'text', name: 'type' },
              { kind: 'text', name: 'insurer' },
              { kind: 'text', name: 'policyNo' },
              { kind: 'textarea', name: 'coverage' },
              { kind: 'tel', name: 'phone' },
            ],
          },
        ],
      },
      {
        id: 'credit',
        fields: [
          {
            kind: 'list',
            name: 'finance.credit',
            orderable: false,
            titleFields: ['lender'],
            summaryFields: ['type', 'amount'],
            newItem: emptyItem(creditLineSchema),
            fields: [
              { kind: 'text', name: 'lender' },
              { kind: 'text', name: 'type' },
              { kind: 'number', name: 'amount', min: 0 },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 9,
    sections: [
      {
        id: 'training',
        fields: [
          { kind: 'select', name: 'training.frequencyMonths', options: 'trainingFrequency', codes: TRAINING_FREQUENCIES },
          { kind: 'textarea', name: 'training.audience' },
        ],
      },
      {
        id: 'exercises',
        fields: [
          {
            kind: 'list',
            name: 'exercises',
            orderable: false,
            titleFields: ['scenario', 'type'],
            summaryFields: ['date'],
            newItem: emptyItem(exerciseSchema),
            fields: [
              { kind: 'date', name: 'date', required: true },
              { kind: 'select', name: 'type', options: 'exerciseType', codes: EXERCISE_TYPES, required: true },
              { kind: 'text', name: 'scenario' },
              { kind: 'text', name: 'participants' },
              { kind: 'textarea', name: 'findings' },
              {
                kind: 'list',
                name: 'actions',
                orderable: false,
                titleFields: ['action'],
                summaryFields: ['owner', 'due'],
                newItem: emptyItem(exerciseActionSchema),
                fields: [
                  { kind: 'text', name: 'action' },
                  { kind: 'text', name: 'owner' },
                  { kind: 'date', name: 'due' },
                  { kind: 'checkbox', name: 'done' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    step: 10,
    sections: [
      {
        id: 'review',
        fields: [
          { kind: 'select', name: 'review.frequencyMonths', options: 'reviewFrequency', codes: REVIEW_FREQUENCIES, quick: true, required: true },
          { kind: 'date', name: 'review.lastReviewed', quick: true },
          { kind: 'checkboxes', name: 'review.triggers', options: 'reviewTrigger', codes: REVIEW_TRIGGERS },
        ],
      },
      {
        id: 'changeLog',
        fields: [
          {
            kind: 'list',
            name: 'changeLog',
            orderable: false,
            titleFields: ['summary'],
            summaryFields: ['date', 'by'],
            newItem: emptyItem(changeLogEntrySchema),
            fields: [
              { kind: 'date', name: 'date', required: true },
              { kind: 'text', name: 'summary', required: true },
              { kind: 'text', name: 'by' },
            ],
          },
        ],
      },
      {
        id: 'approval',
        fields: [
          { kind: 'text', name: 'approval.name' },
          { kind: 'text', name: 'approval.position' },
          { kind: 'date', name: 'approval.date' },
        ],
      },
    ],
  },
];

export function stepDefinition(step: StepNumber): StepDefinition {
  const definition = STEPS.find((candidate) => candidate.step === step);
  if (!definition) throw new Error(`no step ${step}`);
  return definition;
}
