/** Step 6: first actions, activation, evacuation, contacts, call tree and emergency kit. */
import { callTreeLinkSchema, employeeSchema, EXTERNAL_CONTACT_CATEGORIES, externalContactSchema, FIRST_ACTIONS, firstActionSchema, kitItemSchema, SAFETY_CHECK_METHODS, type Plan } from '../../domain';
import type { TypedStep } from '../types';
import { emptyItem } from './items';

export const STEP_6: TypedStep<Plan> = {
  step: 6,
  sections: [
    {
      id: 'firstActions',
      fields: [
        {
          kind: 'list',
          name: 'emergency.firstActions',
          orderable: true,
          titleFields: ['text', 'code'],
          summaryFields: [],
          newItem: emptyItem(firstActionSchema),
          quick: true,
          fields: [
            { kind: 'select', name: 'code', options: 'firstAction', codes: FIRST_ACTIONS, quick: true },
            { kind: 'text', name: 'text', quick: true },
          ],
        },
      ],
    },
    {
      id: 'activation',
      fields: [
        { kind: 'text', name: 'emergency.activation.whoDecides', quick: true },
        { kind: 'textarea', name: 'emergency.activation.criteria', quick: true },
        { kind: 'text', name: 'emergency.evacuation.assemblyPoint', quick: true },
        { kind: 'textarea', name: 'emergency.evacuation.routes' },
        { kind: 'select', name: 'emergency.safetyCheck.method', options: 'safetyCheck', codes: SAFETY_CHECK_METHODS },
        { kind: 'text', name: 'emergency.safetyCheck.note' },
      ],
    },
    {
      id: 'employees',
      fields: [
        {
          kind: 'list',
          name: 'contacts.employees',
          orderable: false,
          titleFields: ['name'],
          summaryFields: ['mobile', 'role'],
          newItem: emptyItem(employeeSchema),
          quick: true,
          fields: [
            { kind: 'text', name: 'name', quick: true },
            { kind: 'text', name: 'role', quick: true },
            { kind: 'tel', name: 'mobile', quick: true },
            { kind: 'tel', name: 'altPhone' },
            { kind: 'text', name: 'emergencyContact' },
            { kind: 'tel', name: 'phoneToCheck', quick: true, onlyWhenFilled: true },
          ],
        },
      ],
    },
    {
      id: 'externalContacts',
      fields: [
        {
          kind: 'list',
          name: 'contacts.external',
          orderable: false,
          titleFields: ['organisation'],
          summaryFields: ['phone', 'category'],
          newItem: emptyItem(externalContactSchema),
          quick: true,
          fields: [
            { kind: 'select', name: 'category', options: 'contactCategory', codes: EXTERNAL_CONTACT_CATEGORIES, quick: true },
            { kind: 'text', name: 'organisation', quick: true },
            { kind: 'text', name: 'person' },
            { kind: 'tel', name: 'phone', quick: true },
            { kind: 'email', name: 'email' },
          ],
        },
      ],
    },
    {
      id: 'callTree',
      fields: [
        {
          kind: 'list',
          name: 'callTree',
          orderable: false,
          titleFields: ['callerId'],
          summaryFields: ['calleeIds'],
          newItem: emptyItem(callTreeLinkSchema),
          fields: [
            { kind: 'reference', name: 'callerId', source: 'employees', multiple: false },
            { kind: 'reference', name: 'calleeIds', source: 'employees', multiple: true, picker: true, excludeChosenIn: 'callerId' },
          ],
        },
      ],
    },
    {
      id: 'kit',
      fields: [
        {
          kind: 'list',
          name: 'kit',
          orderable: false,
          titleFields: ['item'],
          summaryFields: ['quantity', 'location'],
          newItem: emptyItem(kitItemSchema),
          fields: [
            { kind: 'text', name: 'item' },
            { kind: 'text', name: 'quantity' },
            { kind: 'text', name: 'location' },
            { kind: 'date', name: 'lastChecked' },
          ],
        },
      ],
    },
  ],
};
