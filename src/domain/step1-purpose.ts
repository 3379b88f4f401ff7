import * as z from 'zod/mini';
import { codeList, list, recordId, text } from './fields';

/** Step 1: purpose, scope and the BCP team. */
export const PRIORITIES = [
  'protect_people',
  'meet_customer_obligations',
  'protect_jobs',
  'social_responsibility',
  'local_economy',
] as const;
export type Priority = (typeof PRIORITIES)[number];

export const scopeSectionSchema = z.looseObject({
  id: recordId(),
  name: text(),
  location: text(),
  whyCritical: text(),
});

export const teamMemberSchema = z.looseObject({
  id: recordId(),
  name: text(),
  role: text(),
  section: text(),
  phone: text(),
});

/** The id of a record of the staff list, or null while nobody is chosen. */
const staffReference = () => z._default(z.nullable(z.string()), null);

export const purposeSchema = z.prefault(z.looseObject({ priorities: codeList(PRIORITIES), statement: text() }), {});

export const scopeSchema = z.prefault(z.looseObject({ sections: list(scopeSectionSchema), exclusions: text() }), {});

export const teamSchema = z.prefault(
  z.looseObject({
    /** The leader and deputy are people of the staff list (contacts.employees): their name and phone live there once. */
    leader: z.prefault(
      z.looseObject({ employeeId: staffReference(), position: text(), email: text(), authority: text() }),
      {},
    ),
    deputy: z.prefault(z.looseObject({ employeeId: staffReference() }), {}),
    members: list(teamMemberSchema),
  }),
  {},
);
