/** Step 7: continuity strategies, one or more per key product. */
import { STRATEGY_TYPES, strategySchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_7: TypedStep<Plan> = {
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
            { kind: 'reference', name: 'keyProductId', source: 'keyProducts', multiple: false },
            { kind: 'select', name: 'type', options: 'strategyType', codes: STRATEGY_TYPES },
            { kind: 'textarea', name: 'description' },
            { kind: 'number', name: 'achievableDays', step: 1 },
            { kind: 'text', name: 'owner' },
            { kind: 'textarea', name: 'resourcesNeeded' },
          ],
        },
      ],
    },
  ],
};
