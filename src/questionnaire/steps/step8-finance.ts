/** Step 8: fixed costs, cash, insurance and credit. */
import { creditLineSchema, insurancePolicySchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_8: TypedStep<Plan> = {
  step: 8,
  sections: [
    {
      id: 'finance',
      fields: [
        { kind: 'text', name: 'finance.currency' },
        { kind: 'number', name: 'finance.monthlyFixedCosts' },
        { kind: 'number', name: 'finance.cashOnHand' },
        { kind: 'number', name: 'finance.estimatedRecoveryCost' },
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
            { kind: 'number', name: 'amount' },
          ],
        },
      ],
    },
  ],
};
