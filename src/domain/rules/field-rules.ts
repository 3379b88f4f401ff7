/**
 * What each answer of the plan must hold, declared once per field: whether it is required (and the error a blank
 * raises) and the limits of a number. The rules of each step read their own table to check the plan; the
 * questionnaire (src/questionnaire) reads FIELD_RULES to mark questions as required and to set number limits on
 * screen. They live here, in the domain, because the rules need them and the domain imports nothing above it.
 */
import type { Plan } from '../plan';
import type { IssueCode } from './issues';

type Scalar = string | number | boolean | null | readonly string[];

/**
 * The key of a field of R: its path with list positions left out ("keyProducts.rto.value"), as the questionnaire
 * and the translations name it. A list is a field too ("keyProducts": at least one record).
 */
export type FieldKey<R> = {
  [K in keyof R & string]: R[K] extends Scalar
    ? K
    : R[K] extends readonly (infer Item)[]
      ? K | `${K}.${FieldKey<Item>}`
      : R[K] extends object
        ? `${K}.${FieldKey<R[K]>}`
        : never;
}[keyof R & string];

export type PlanFieldKey = FieldKey<Plan>;

export interface FieldRule {
  /**
   * A required answer: the error a blank one raises (a list: one with no records), or 'by-schema' for a choice the
   * plan always holds (it has a default, and a form that clears it cannot be saved as the schema refuses it).
   */
  required?: IssueCode | 'by-schema';
  /** The smallest number allowed. */
  min?: number;
  /** The largest number allowed. */
  max?: number;
}

export type FieldRules = { readonly [Key in PlanFieldKey]?: FieldRule };

