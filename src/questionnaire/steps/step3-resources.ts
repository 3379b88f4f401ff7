/** Step 3: the resources each key product needs, and suppliers. */
import { RESOURCE_CATEGORIES, resourceSchema, supplierSchema, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_3: TypedStep<Plan> = {
  step: 3,
  sections: [
    {
      id: 'resources',
      fields: [
        {
          kind: 'list',
          name: 'resources',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['category', 'quantity'],
          newItem: emptyItem(resourceSchema),
          fields: [
            { kind: 'text', name: 'name' },
            { kind: 'select', name: 'category', options: 'resourceCategory', codes: RESOURCE_CATEGORIES },
            { kind: 'reference', name: 'usedBy', source: 'keyProducts', multiple: true },
            { kind: 'text', name: 'quantity' },
            { kind: 'checkbox', name: 'isBottleneck' },
            { kind: 'checkbox', name: 'substituteAvailable' },
            { kind: 'textarea', name: 'substituteNote' },
            { kind: 'reference', name: 'supplierId', source: 'suppliers', multiple: false },
          ],
        },
      ],
    },
    {
      id: 'suppliers',
      fields: [
        {
          kind: 'list',
          name: 'suppliers',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['phone', 'supplies'],
          newItem: emptyItem(supplierSchema),
          fields: [
            { kind: 'text', name: 'name' },
            { kind: 'text', name: 'supplies' },
            { kind: 'text', name: 'contactName' },
            { kind: 'tel', name: 'phone' },
            { kind: 'email', name: 'email' },
            { kind: 'reference', name: 'alternateSupplierId', source: 'suppliers', multiple: false, excludeSelf: true },
            { kind: 'number', name: 'leadTimeDays', step: 1 },
          ],
        },
      ],
    },
  ],
};
