import * as z from 'zod/mini';
import { idList, optionalNumber, recordId, text, type Known } from './fields';

/** Step 3: what the business needs to resume its key products. */
export const RESOURCE_CATEGORIES = [
  'people_skills',
  'premises',
  'equipment',
  'it_data',
  'utilities_power',
  'utilities_water_gas',
  'telecom',
  'materials',
  'suppliers',
  'transport',
  'cash',
] as const;

export const resourceSchema = z.looseObject({
  id: recordId(),
  category: z._default(z.nullable(z.enum(RESOURCE_CATEGORIES)), null),
  name: text(),
  usedBy: idList(),
  quantity: text(),
  isBottleneck: z._default(z.boolean(), false),
  substituteAvailable: z._default(z.boolean(), false),
  substituteNote: text(),
  supplierId: z._default(z.nullable(z.string()), null),
});

export const supplierSchema = z.looseObject({
  id: recordId(),
  name: text(),
  supplies: text(),
  contactName: text(),
  phone: text(),
  email: text(),
  alternateSupplierId: z._default(z.nullable(z.string()), null),
  leadTimeDays: optionalNumber(),
});

export type Resource = Known<z.output<typeof resourceSchema>>;
export type Supplier = Known<z.output<typeof supplierSchema>>;
