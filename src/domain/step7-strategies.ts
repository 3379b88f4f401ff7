import * as z from 'zod/mini';
import { optionalNumber, recordId, text, type Known } from './fields';

/** Step 7: business continuity strategies, one or more per key product. */
export const STRATEGY_TYPES = [
  'restore_on_site',
  'alternate_site',
  'alternate_supplier',
  'partner_mutual_aid',
  'outsource',
  'manual_workaround',
  'stock_buffer',
  'remote_work',
] as const;

export const strategySchema = z.looseObject({
  id: recordId(),
  keyProductId: z._default(z.nullable(z.string()), null),
  type: z._default(z.nullable(z.enum(STRATEGY_TYPES)), null),
  description: text(),
  owner: text(),
  resourcesNeeded: text(),
  achievableDays: optionalNumber(),
});

export type Strategy = Known<z.output<typeof strategySchema>>;
