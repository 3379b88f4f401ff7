import * as z from 'zod/mini';
import { list, optionalNumber, recordId, text } from './fields';

export const INDUSTRIES = [
  'food_manufacturing',
  'manufacturing',
  'retail',
  'restaurant_hospitality',
  'professional_services',
  'it_services',
  'construction',
  'agriculture_fishery',
  'transport_logistics',
  'healthcare',
  'tourism',
  'other',
] as const;

export const siteSchema = z.looseObject({ id: recordId(), name: text(), address: text() });

export const companySchema = z.prefault(
  z.looseObject({
    name: text(),
    address: text(),
    industry: z._default(z.nullable(z.enum(INDUSTRIES)), null),
    employeeCount: optionalNumber(),
    sites: list(siteSchema),
  }),
  {},
);
