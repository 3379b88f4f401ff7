import * as z from 'zod/mini';
import { codeList, optionalNumber, recordId, text, type Known } from './fields';

/** Step 2: key products or services and their target recovery time (RTO). */
export const PRODUCT_REASONS = [
  'revenue_share',
  'contract_obligation',
  'customer_loss_risk',
  'social_necessity',
  'other',
] as const;

export const RTO_UNITS = ['hours', 'days', 'weeks'] as const;
export type RtoUnit = (typeof RTO_UNITS)[number];

export const IMPACT_AREAS = ['financial', 'customers', 'reputation', 'legal'] as const;
export type ImpactArea = (typeof IMPACT_AREAS)[number];
/** How badly losing a key product hurts in one area: 1 (minor) to 3 (severe). */
export const IMPACT_LEVELS = [1, 2, 3] as const;

const impactLevel = () => z._default(z.nullable(z.number()), null);

export const keyProductSchema = z.looseObject({
  id: recordId(),
  name: text(),
  description: text(),
  rank: optionalNumber(),
  reasons: codeList(PRODUCT_REASONS),
  customers: text(),
  impact: z.prefault(
    z.looseObject({
      financial: impactLevel(),
      customers: impactLevel(),
      reputation: impactLevel(),
      legal: impactLevel(),
    }),
    {},
  ),
  rto: z.prefault(z.looseObject({ value: optionalNumber(), unit: z._default(z.enum(RTO_UNITS), 'days') }), {}),
  minimumLevelPct: optionalNumber(),
});

export type KeyProduct = Known<z.output<typeof keyProductSchema>>;
export type RecoveryTime = KeyProduct['rto'];
