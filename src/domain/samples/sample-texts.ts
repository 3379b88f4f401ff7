import * as z from 'zod/mini';
import { addMonths, calendarDate, formatIsoDate } from '../derive/dates';
import { isCurrencyCode } from '../rules/field-checks';

/**
 * The pieces the texts schemas of the example plans are made of. Every value in an example's texts
 * file is a string, so translators only ever touch strings; amounts of money are plain digits,
 * turned into numbers here.
 */

/** A piece of text a translator writes: anything but empty. */
export const words = () => z.string().check(z.regex(/\S/, 'must not be empty'));

/** An amount of money, written as plain digits ("850000", or "12.50"), turned into a number. */
export const amount = () =>
  z.pipe(
    z.string().check(
      z.refine((value) => /^\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)), {
        message: 'must be a plain number written with the digits 0-9 only, e.g. "850000" (no spaces, separators or currency signs)',
      }),
    ),
    z.transform((value: string) => Number(value)),
  );

/** The code of the currency the example's amounts are in. */
export const currency = () =>
  z.string().check(z.refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code: three capital letters, e.g. "THB"' }));

export const person = <T extends z.core.$ZodShape>(extra: T) =>
  z.strictObject({ name: words(), mobile: words(), role: words(), ...extra });
export const section = () => z.strictObject({ name: words(), location: words(), whyCritical: words() });
export const product = () => z.strictObject({ name: words(), description: words(), customers: words() });
export const named = () => z.strictObject({ name: words() });
export const measure = () => z.strictObject({ action: words(), costEstimate: amount() });
export const contact = () => z.strictObject({ organisation: words(), phone: words() });
export const kitItem = () => z.strictObject({ item: words(), quantity: words(), location: words() });
export const strategy = () => z.strictObject({ description: words(), resourcesNeeded: words() });
export const policy = () => z.strictObject({ type: words(), policyNo: words(), coverage: words() });

/** Checks the texts of one language; a broken file fails loudly, naming the example and every bad key. */
export function parseTexts<S extends z.ZodMiniType>(schema: S, texts: z.input<S>, example: string): z.output<S> {
  const result = schema.safeParse(texts);
  if (!result.success) {
    throw new Error(`The texts of the ${example} example are not valid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * The code of the natural hazard the example's locale knows best (earthquake in Japan, flood in
 * Thailand). Written as a plain string in the texts file, checked against the codes the app knows.
 */
export const naturalHazard = () => z.pipe(z.string(), z.enum(['earthquake', 'flood', 'typhoon_storm', 'landslide']));

/** A date `months` months before (negative) or after `now`, as an ISO date. */
export const monthsFrom =
  (now: Date) =>
  (months: number): string =>
    formatIsoDate(addMonths(calendarDate(now), months));
