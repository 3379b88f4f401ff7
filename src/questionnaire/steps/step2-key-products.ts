/** Step 2: key products or services, their ranking and target recovery times. */
import { keyProductSchema, PRODUCT_REASONS, RTO_UNITS, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem, impact } from './items';

export const STEP_2: TypedStep<Plan> = {
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
          fields: [
            { kind: 'text', name: 'name', quick: true },
            { kind: 'number', name: 'rank', step: 1, quick: true },
            { kind: 'textarea', name: 'description' },
            { kind: 'checkboxes', name: 'reasons', options: 'productReason', codes: PRODUCT_REASONS },
            { kind: 'text', name: 'customers' },
            impact('financial'),
            impact('customers'),
            impact('reputation'),
            impact('legal'),
            { kind: 'number', name: 'rto.value', step: 1, quick: true },
            { kind: 'select', name: 'rto.unit', options: 'rtoUnit', codes: RTO_UNITS, quick: true },
            { kind: 'number', name: 'minimumLevelPct', step: 5 },
          ],
        },
      ],
    },
  ],
};
