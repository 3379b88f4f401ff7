/** Step 4: hazards, their risk ratings, and disaster scenarios. */
import { HAZARDS, hazardSchema, RISK_SCALE, scenarioEffectSchema, scenarioSchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_4: TypedStep<Plan> = {
  step: 4,
  sections: [
    {
      id: 'hazards',
      fields: [
        {
          kind: 'list',
          name: 'hazards',
          orderable: false,
          titleFields: ['label', 'code'],
          summaryFields: [],
          newItem: emptyItem(hazardSchema),
          fields: [
            { kind: 'select', name: 'code', options: 'hazard', codes: HAZARDS },
            { kind: 'text', name: 'label' },
            { kind: 'select', name: 'likelihood', options: 'likelihood', codes: RISK_SCALE },
            { kind: 'select', name: 'impact', options: 'severity', codes: RISK_SCALE },
          ],
        },
      ],
    },
    {
      id: 'scenarios',
      fields: [
        {
          kind: 'list',
          name: 'scenarios',
          orderable: false,
          titleFields: ['hazardCode'],
          summaryFields: ['description'],
          newItem: emptyItem(scenarioSchema),
          fields: [
            { kind: 'select', name: 'hazardCode', options: 'hazard', codes: HAZARDS },
            { kind: 'textarea', name: 'description' },
            {
              kind: 'list',
              name: 'effects',
              orderable: false,
              titleFields: ['resourceId'],
              summaryFields: ['unavailableDays'],
              newItem: emptyItem(scenarioEffectSchema),
              fields: [
                { kind: 'reference', name: 'resourceId', source: 'resources', multiple: false },
                { kind: 'number', name: 'unavailableDays', step: 1 },
              ],
            },
          ],
        },
      ],
    },
  ],
};
