import * as z from 'zod/mini';
import { list, optionalNumber, recordId, text, type Known } from './fields';

/** Step 8: financial preparedness. */
export const insurancePolicySchema = z.looseObject({
  id: recordId(),
  type: text(),
  insurer: text(),
  policyNo: text(),
  coverage: text(),
  phone: text(),
});

export const creditLineSchema = z.looseObject({
  id: recordId(),
  lender: text(),
  type: text(),
  amount: optionalNumber(),
});

export const financeSchema = z.prefault(
  z.looseObject({
    monthlyFixedCosts: optionalNumber(),
    cashOnHand: optionalNumber(),
    currency: z._default(z.string(), 'USD'),
    estimatedRecoveryCost: optionalNumber(),
    insurance: list(insurancePolicySchema),
    credit: list(creditLineSchema),
  }),
  {},
);

export type Finance = Known<z.output<typeof financeSchema>>;
