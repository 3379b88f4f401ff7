import type * as z from 'zod/mini';
import englishTexts from '../../../locales/en/examples/food-manufacturer.json';
import { newId } from '../fields';
import type { PathScope } from '../path-scope';
import { createPlan, STEP_NUMBERS, type Plan } from '../plan';
import { foodManufacturerSample } from '../samples/food-manufacturer';
import { keyProductSchema } from '../step2-key-products';
import { resourceSchema, supplierSchema } from '../step3-resources';
import { hazardSchema, scenarioEffectSchema, scenarioSchema } from '../step4-risks';
import { measureSchema } from '../step5-measures';
import { callTreeLinkSchema, employeeSchema } from '../step6-emergency';
import { strategySchema } from '../step7-strategies';
import { exerciseSchema } from '../step9-exercises';

/** Test fixtures only: the fixed "today" of the unit tests and builders for plans and records. */
export const TODAY = new Date(2025, 5, 15, 9, 30);

export const blankPlan = (): Plan => createPlan('Riverside Bakery', 'full', TODAY);
export const samplePlan = (): Plan => foodManufacturerSample(TODAY, englishTexts);
/** The Full path, which asks everything (the questionnaire's pathScope('full')). */
export const FULL_SCOPE: PathScope = { path: 'full', steps: STEP_NUMBERS, asks: () => true };

const builder =
  <S extends z.ZodMiniType>(schema: S) =>
  (input: Partial<z.input<S>> = {}): z.output<S> =>
    schema.parse({ id: newId(), ...input });

export const keyProduct = builder(keyProductSchema);
export const resource = builder(resourceSchema);
export const supplier = builder(supplierSchema);
export const hazard = builder(hazardSchema);
export const scenario = builder(scenarioSchema);
export const effect = builder(scenarioEffectSchema);
export const measure = builder(measureSchema);
export const employee = builder(employeeSchema);
export const callLink = builder(callTreeLinkSchema);
export const strategy = builder(strategySchema);
export const exercise = builder(exerciseSchema);

/** Puts the BCP leader (and deputy) on the staff list and chooses them in step 1, as the step 1 screen does. */
export function withBcpTeam(plan: Plan, leader: { name: string; phone?: string }, deputy?: { name: string; phone?: string }): Plan {
  const leaderRecord = employee({ name: leader.name, mobile: leader.phone ?? '' });
  const deputyRecord = deputy ? employee({ name: deputy.name, mobile: deputy.phone ?? '' }) : null;
  plan.contacts.employees.push(leaderRecord, ...(deputyRecord ? [deputyRecord] : []));
  plan.team.leader.employeeId = leaderRecord.id;
  plan.team.deputy.employeeId = deputyRecord?.id ?? null;
  return plan;
}
