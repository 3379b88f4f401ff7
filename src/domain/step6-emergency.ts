import * as z from 'zod/mini';
import { idList, isoDate, list, recordId, text, type Known } from './fields';

/** Step 6: emergency response, contacts, call tree and emergency kit. */
export const FIRST_ACTIONS = [
  'evacuate',
  'call_emergency_services',
  'give_first_aid',
  'account_for_staff',
  'alert_bcp_leader',
  'secure_site',
  'protect_data',
  'inform_customers',
  'inform_suppliers',
  'custom',
] as const;
export const SAFETY_CHECK_METHODS = ['phone_call', 'sms', 'messaging_app', 'other'] as const;
export const EXTERNAL_CONTACT_CATEGORIES = [
  'fire',
  'police',
  'ambulance',
  'hospital',
  'utility',
  'insurer',
  'bank',
  'customer',
  'supplier',
  'government',
  'other',
] as const;

export const firstActionSchema = z.looseObject({
  id: recordId(),
  code: z._default(z.enum(FIRST_ACTIONS), 'custom'),
  text: text(),
});

export const employeeSchema = z.looseObject({
  id: recordId(),
  name: text(),
  role: text(),
  mobile: text(),
  altPhone: text(),
  emergencyContact: text(),
  /**
   * A second number for the same person that the owner has not confirmed yet: kept by the version 3
   * migration when step 1 gave the leader or deputy another number than the staff list. Cleared by the owner.
   */
  phoneToCheck: text(),
});

export const externalContactSchema = z.looseObject({
  id: recordId(),
  category: z._default(z.nullable(z.enum(EXTERNAL_CONTACT_CATEGORIES)), null),
  organisation: text(),
  person: text(),
  phone: text(),
  email: text(),
});

export const callTreeLinkSchema = z.looseObject({
  id: recordId(),
  callerId: z._default(z.nullable(z.string()), null),
  calleeIds: idList(),
});

export const kitItemSchema = z.looseObject({
  id: recordId(),
  item: text(),
  quantity: text(),
  location: text(),
  lastChecked: isoDate(),
});

export const emergencySchema = z.prefault(
  z.looseObject({
    firstActions: list(firstActionSchema),
    activation: z.prefault(z.looseObject({ whoDecides: text(), criteria: text() }), {}),
    evacuation: z.prefault(z.looseObject({ assemblyPoint: text(), routes: text() }), {}),
    safetyCheck: z.prefault(
      z.looseObject({ method: z._default(z.nullable(z.enum(SAFETY_CHECK_METHODS)), null), note: text() }),
      {},
    ),
  }),
  {},
);

export const contactsSchema = z.prefault(
  z.looseObject({ employees: list(employeeSchema), external: list(externalContactSchema) }),
  {},
);

export type FirstAction = Known<z.output<typeof firstActionSchema>>;
export type Employee = Known<z.output<typeof employeeSchema>>;
export type ExternalContact = Known<z.output<typeof externalContactSchema>>;
export type CallTreeLink = Known<z.output<typeof callTreeLinkSchema>>;
export type KitItem = Known<z.output<typeof kitItemSchema>>;
