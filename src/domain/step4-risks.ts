import * as z from 'zod/mini';
import { list, optionalNumber, recordId, text, type Known } from './fields';

/** Step 4: risk analysis and disaster scenarios. */
export const HAZARDS = [
  'earthquake',
  'flood',
  'typhoon_storm',
  'fire',
  'tsunami',
  'landslide',
  'volcano',
  'pandemic',
  'power_outage',
  'it_cyber',
  'supplier_failure',
  'other',
] as const;
export type HazardCode = (typeof HAZARDS)[number];
/** A hazard's likelihood and its impact are each rated from 1 (lowest) to 5 (highest). */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;

export const hazardSchema = z.looseObject({
  id: recordId(),
  code: z._default(z.nullable(z.enum(HAZARDS)), null),
  label: text(),
  likelihood: optionalNumber(),
  impact: optionalNumber(),
});

export const scenarioEffectSchema = z.looseObject({
  id: recordId(),
  resourceId: z._default(z.nullable(z.string()), null),
  unavailableDays: optionalNumber(),
});

export const scenarioSchema = z.looseObject({
  id: recordId(),
  hazardCode: z._default(z.nullable(z.enum(HAZARDS)), null),
  description: text(),
  effects: list(scenarioEffectSchema),
});

export type Hazard = Known<z.output<typeof hazardSchema>>;
export type Scenario = Known<z.output<typeof scenarioSchema>>;
