import * as z from 'zod/mini';
import { isCurrencyCode } from '../rules/field-checks';
import { EXTERNAL_CONTACT_CATEGORIES } from '../step6-emergency';

/**
 * The texts of an example plan in one language: the content of locales/<lng>/examples/<example>.json,
 * the same shape for every example. Every value is a string, so translators only ever touch strings;
 * amounts of money are plain digits, turned into numbers here. Unknown keys are refused, so a
 * misspelt key fails instead of being ignored. A list of records (key products, resources, people)
 * is an object whose keys are the records' names in the example's data (`sauce`, `retort`, `somchai`).
 */

/** A piece of text a translator writes: anything but empty. */
const words = () => z.string().check(z.regex(/\S/, 'must not be empty'));

/** An amount of money, written as plain digits ("850000", or "12.50"), turned into a number. */
const amount = () =>
  z.pipe(
    z.string().check(
      z.refine((value) => /^\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)), {
        message: 'must be a plain number written with the digits 0-9 only, e.g. "850000" (no spaces, separators or currency signs)',
      }),
    ),
    z.transform((value: string) => Number(value)),
  );

/** The code of the currency the example's amounts are in. */
const currency = () =>
  z.string().check(z.refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code: three capital letters, e.g. "THB"' }));

/**
 * The code of the natural hazard the example's locale knows best (earthquake in Japan, flood in
 * Thailand). Written as a plain string in the texts file, checked against the codes the app knows.
 */
const naturalHazard = () => z.pipe(z.string(), z.enum(['earthquake', 'flood', 'typhoon_storm', 'landslide']));

/** Records by their name in the example's data. */
const named = <T extends z.ZodMiniType>(record: T) => z.record(z.string(), record);

export const exampleTextsSchema = z.strictObject({
  company: z.strictObject({ name: words(), address: words() }),
  sites: named(z.strictObject({ name: words(), address: words() })),
  naturalHazard: z.optional(naturalHazard()),
  purpose: z.strictObject({ statement: words() }),
  scope: z.strictObject({
    sections: named(z.strictObject({ name: words(), location: words(), whyCritical: words() })),
    exclusions: words(),
  }),
  people: named(
    z.strictObject({
      name: words(),
      mobile: words(),
      email: z.optional(words()),
      altPhone: z.optional(words()),
      role: words(),
      emergencyContact: z.optional(words()),
    }),
  ),
  team: z.strictObject({
    leader: z.strictObject({ position: words(), authority: words() }),
    members: named(z.strictObject({ role: words() })),
  }),
  keyProducts: named(z.strictObject({ name: words(), description: words(), customers: words() })),
  resources: named(z.strictObject({ name: words(), quantity: z.optional(words()), substituteNote: z.optional(words()) })),
  suppliers: named(
    z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: z.optional(words()) }),
  ),
  scenarios: named(z.strictObject({ description: words() })),
  measures: named(z.strictObject({ action: words(), costEstimate: z.optional(amount()) })),
  emergency: z.strictObject({
    firstActions: named(words()),
    activation: z.strictObject({ whoDecides: words(), criteria: words() }),
    evacuation: z.strictObject({ assemblyPoint: words(), routes: words() }),
    safetyCheck: z.strictObject({ note: words() }),
  }),
  externalContacts: z.partialRecord(
    z.enum(EXTERNAL_CONTACT_CATEGORIES),
    z.strictObject({ organisation: words(), person: z.optional(words()), phone: words(), email: z.optional(words()) }),
  ),
  kit: named(z.strictObject({ item: words(), quantity: words(), location: words() })),
  strategies: named(z.strictObject({ description: words(), resourcesNeeded: words() })),
  finance: z.strictObject({
    currency: currency(),
    monthlyFixedCosts: amount(),
    cashOnHand: amount(),
    estimatedRecoveryCost: amount(),
    insurance: named(z.strictObject({ type: words(), policyNo: words(), coverage: words() })),
    credit: named(z.strictObject({ lender: words(), type: words(), amount: amount() })),
  }),
  training: z.strictObject({ audience: words() }),
  exercises: named(z.strictObject({ scenario: words(), participants: words(), findings: words(), actions: named(words()) })),
  review: z.strictObject({ changeLog: named(words()), approval: z.strictObject({ position: words() }) }),
});

/** An example's texts file as translators write it: strings only. */
export type ExampleTexts = z.input<typeof exampleTextsSchema>;
/** The texts once checked: amounts are numbers. */
export type CheckedExampleTexts = z.output<typeof exampleTextsSchema>;

/** Checks the texts of one language; a broken file fails loudly, naming the example and every bad key. */
export function parseExampleTexts(texts: ExampleTexts, example: string): CheckedExampleTexts {
  const result = exampleTextsSchema.safeParse(texts);
  if (!result.success) {
    throw new Error(`The texts of the ${example} example are not valid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
