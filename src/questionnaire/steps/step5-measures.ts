/** Step 5: protection and mitigation measures. */
import { MEASURE_STATUSES, MEASURE_TYPES, measureSchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_5: TypedStep<Plan> = {
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
            { kind: 'text', name: 'action' },
            { kind: 'reference', name: 'target', source: 'measureTargets', multiple: false },
            { kind: 'select', name: 'type', options: 'measureType', codes: MEASURE_TYPES },
            { kind: 'number', name: 'costEstimate' },
            { kind: 'text', name: 'owner' },
            { kind: 'date', name: 'dueDate' },
            { kind: 'select', name: 'status', options: 'measureStatus', codes: MEASURE_STATUSES },
          ],
        },
      ],
    },
  ],
};
