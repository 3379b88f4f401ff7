import * as z from 'zod/mini';
import { idList, type Known } from './fields';

/**
 * The owner's choices for the continuity summary sent to customers and partners (schema version 2).
 *
 * - `hiddenItems`: what the owner left out: ids of key products, hazards and measures, or one of the
 *   PARTNER_SUMMARY_PARTS keys for a whole part;
 * - `contactId`: whose phone and e-mail print as the contact for continuity matters: 'leader',
 *   'deputy' or the id of a BCP team member; null prints none (the BCP leader's name always prints);
 * - `partnerLanguage`: the partner's language, printed above the plan's own in headings and labels;
 *   null for a summary in one language.
 */
export const PARTNER_SUMMARY_PARTS = ['address', 'lastExercise', 'reviewDates', 'selfCheck'] as const;

export const LEADER_CONTACT = 'leader';
export const DEPUTY_CONTACT = 'deputy';

export const partnerSummarySchema = z.prefault(
  z.looseObject({
    hiddenItems: idList(),
    contactId: z._default(z.nullable(z.string()), null),
    partnerLanguage: z._default(z.nullable(z.string()), null),
  }),
  {},
);

export type PartnerSummaryChoices = Known<z.output<typeof partnerSummarySchema>>;
