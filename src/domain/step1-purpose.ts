import * as z from 'zod/mini';
import { codeList, list, recordId, text, type Known } from './fields';

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

export const purposeSchema = z.prefault(z.looseObject({ priorities: codeList(PRIORITIES), statement: text() }), {});

export const scopeSchema = z.prefault(z.looseObject({ sections: list(scopeSectionSchema), exclusions: text() }), {});

export const teamSchema = z.prefault(
  z.looseObject({
    leader: z.prefault(
      z.looseObject({ name: text(), position: text(), phone: text(), email: text(), authority: text() }),
      {},
    ),
    deputy: z.prefault(z.looseObject({ name: text(), phone: text() }), {}),
    members: list(teamMemberSchema),
  }),
  {},
);

export type ScopeSection = Known<z.output<typeof scopeSectionSchema>>;
export type TeamMember = Known<z.output<typeof teamMemberSchema>>;
