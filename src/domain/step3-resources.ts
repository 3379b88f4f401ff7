import { z } from 'zod';
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
  category: z.enum(RESOURCE_CATEGORIES).nullable().default(null),
  name: text(),
  usedBy: idList(),
  quantity: text(),
  isBottleneck: z.boolean().default(false),
  substituteAvailable: z.boolean().default(false),
  substituteNote: text(),
  supplierId: z.string().nullable().default(null),
});

export const supplierSchema = z.looseObject({
  id: recordId(),
  name: text(),
  supplies: text(),
  contactName: text(),
  phone: text(),
  email: text(),
  alternateSupplierId: z.string().nullable().default(null),
  leadTimeDays: optionalNumber(),
});

export type Resource = Known<z.output<typeof resourceSchema>>;
export type Supplier = Known<z.output<typeof supplierSchema>>;
