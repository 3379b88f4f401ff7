import { z } from 'zod';
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

export const financeSchema = z
  .looseObject({
    monthlyFixedCosts: optionalNumber(),
    cashOnHand: optionalNumber(),
    currency: z.string().default('USD'),
    estimatedRecoveryCost: optionalNumber(),
    insurance: list(insurancePolicySchema),
    credit: list(creditLineSchema),
  })
  .prefault({});

export type Finance = Known<z.output<typeof financeSchema>>;
