/** Step 9: training, exercises and their follow-up actions. */
import { EXERCISE_TYPES, exerciseActionSchema, exerciseSchema, TRAINING_FREQUENCIES, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_9: TypedStep<Plan> = {
  step: 9,
  sections: [
    {
      id: 'training',
      fields: [
        { kind: 'select', name: 'training.frequencyMonths', options: 'trainingFrequency', codes: TRAINING_FREQUENCIES },
        { kind: 'textarea', name: 'training.audience' },
      ],
    },
    {
      id: 'exercises',
      fields: [
        {
          kind: 'list',
          name: 'exercises',
          orderable: false,
          titleFields: ['scenario', 'type'],
          summaryFields: ['date'],
          newItem: emptyItem(exerciseSchema),
          fields: [
            { kind: 'date', name: 'date' },
            { kind: 'select', name: 'type', options: 'exerciseType', codes: EXERCISE_TYPES },
            { kind: 'text', name: 'scenario' },
            { kind: 'text', name: 'participants' },
            { kind: 'textarea', name: 'findings' },
            {
              kind: 'list',
              name: 'actions',
              orderable: false,
              titleFields: ['action'],
              summaryFields: ['owner', 'due'],
              newItem: emptyItem(exerciseActionSchema),
              fields: [
                { kind: 'text', name: 'action' },
                { kind: 'text', name: 'owner' },
                { kind: 'date', name: 'due' },
                { kind: 'checkbox', name: 'done' },
              ],
            },
          ],
        },
      ],
    },
  ],
};
