import * as z from 'zod/mini';
import { companySchema } from './company';
import { list, newId, recordId, type Known } from './fields';
import { incidentSchema } from './incidents';
import { partnerSummarySchema } from './partner-summary';
import { purposeSchema, scopeSchema, teamSchema } from './step1-purpose';
import { keyProductSchema } from './step2-key-products';
import { resourceSchema, supplierSchema } from './step3-resources';
import { hazardSchema, scenarioSchema } from './step4-risks';
import { measureSchema } from './step5-measures';
import { callTreeLinkSchema, contactsSchema, emergencySchema, kitItemSchema } from './step6-emergency';
import { strategySchema } from './step7-strategies';
import { financeSchema } from './step8-finance';
import { exerciseSchema, trainingSchema } from './step9-exercises';
import { approvalSchema, changeLogEntrySchema, reviewSchema } from './step10-review';

/** Bumped whenever the stored shape changes; migrate() brings every older plan up to it. */
export const SCHEMA_VERSION = 4;

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

export const PLAN_PATHS = ['quick', 'full'] as const;
export type PlanPath = (typeof PLAN_PATHS)[number];

export const SELF_CHECK_ITEMS = [
  'purpose_people_first',
  'scope_sections',
  'leader_and_deputy',
  'key_product_ranked',
  'resources_and_bottlenecks',
  'top_hazard_scenario',
  'bottlenecks_covered',
  'emergency_ready',
  'strategies_meet_rto',
  'finance_recorded',
  'exercise_recent',
  'review_scheduled',
] as const;
export type SelfCheckItem = (typeof SELF_CHECK_ITEMS)[number];

const stepNumber = z.number().check(z.int(), z.gte(1), z.lte(10));

export const planSchema = z.looseObject({
  id: recordId(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  path: z._default(z.enum(PLAN_PATHS), 'full'),
  completedSteps: z._default(z.array(stepNumber), []),
  selfCheckTicks: z._default(z.array(z.enum(SELF_CHECK_ITEMS)), []),
  company: companySchema,
  purpose: purposeSchema,
  scope: scopeSchema,
  team: teamSchema,
  keyProducts: list(keyProductSchema),
  resources: list(resourceSchema),
  suppliers: list(supplierSchema),
  hazards: list(hazardSchema),
  scenarios: list(scenarioSchema),
  measures: list(measureSchema),
  emergency: emergencySchema,
  contacts: contactsSchema,
  callTree: list(callTreeLinkSchema),
  kit: list(kitItemSchema),
  strategies: list(strategySchema),
  finance: financeSchema,
  training: trainingSchema,
  exercises: list(exerciseSchema),
  review: reviewSchema,
  changeLog: list(changeLogEntrySchema),
  approval: approvalSchema,
  partnerSummary: partnerSummarySchema,
  incidents: list(incidentSchema),
});

export type Plan = Known<z.output<typeof planSchema>>;

/** A new, empty plan. Every stored plan has gone through planSchema, so defaults live there only. */
export function createPlan(companyName: string, path: PlanPath, now: Date = new Date()): Plan {
  const timestamp = now.toISOString();
  return planSchema.parse({
    id: newId(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    path,
    company: { name: companyName },
    purpose: { priorities: ['protect_people'] },
  });
}
