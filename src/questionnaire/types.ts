import type { StepNumber } from '../domain';

/** Lists of plan records that other records can point at. */
export type ReferenceSource = 'keyProducts' | 'resources' | 'suppliers' | 'employees' | 'measureTargets';

/** Named sets of stored codes; their labels live in locales/<lng>/options.json under the same name. */
export type OptionSet =
  | 'industry'
  | 'priority'
  | 'productReason'
  | 'impactLevel'
  | 'rtoUnit'
  | 'resourceCategory'
  | 'hazard'
  | 'likelihood'
  | 'severity'
  | 'measureType'
  | 'measureStatus'
  | 'firstAction'
  | 'safetyCheck'
  | 'contactCategory'
  | 'strategyType'
  | 'trainingFrequency'
  | 'exerciseType'
  | 'reviewFrequency'
  | 'reviewTrigger';

interface BaseField {
  /** Path inside the record the field belongs to (the plan, or a list item). */
  name: string;
  /** Shown on the Quick plan path too. */
  quick?: boolean;
  /**
   * Marked as required next to the label. Not written in the step files: filled in from the domain's
   * FIELD_RULES, which the rules that check it read too (see withFieldRules).
   */
  required?: boolean;
  /** Shown only while it holds an answer: a value the owner is asked to resolve, never to type. */
  onlyWhenFilled?: boolean;
}

export type FieldDefinition =
  | (BaseField & { kind: 'text' | 'textarea' | 'tel' | 'email' | 'date' })
  | (BaseField & {
      kind: 'number';
      /** Filled in from the domain's FIELD_RULES, like `required`. */
      min?: number;
      /** Filled in from the domain's FIELD_RULES, like `required`. */
      max?: number;
      step?: number;
    })
  | (BaseField & { kind: 'select'; options: OptionSet; codes: readonly (string | number)[] })
  | (BaseField & { kind: 'checkboxes'; options: OptionSet; codes: readonly string[] })
  | (BaseField & { kind: 'checkbox' })
  | (BaseField & {
      kind: 'reference';
      source: ReferenceSource;
      multiple: boolean;
      excludeSelf?: boolean;
      /** A person of the staff list chosen outside it: shows their phone (kept on the staff record) and can add a person there. */
      person?: boolean;
      /** Another person field of the same form: when both choose the same person, only that one shows their phone. */
      phoneShownBy?: string;
      /** Leaves out the record chosen in this field of the same record (a caller does not call themself). */
      excludeChosenIn?: string;
      /** Chosen with a searchable picker and shown as chips, instead of a box per record (long lists such as the staff). */
      picker?: boolean;
    })
  | (BaseField & {
      kind: 'list';
      /** Records whose order means something (ranks, first actions) get move up / move down. */
      orderable: boolean;
      /** Fields of the item whose first non-empty value titles its card. */
      titleFields: readonly string[];
      /**
       * Fields of the item shown after its title on the closed record's one-line summary (role, phone…);
       * a group of fields shows as one fact ("2 days"), and a fact that starts with a number is labelled.
       */
      summaryFields: readonly (string | readonly string[])[];
      fields: readonly FieldDefinition[];
      /** Builds an empty item (with a fresh id) for the given 1-based position in the list. */
      newItem: (position: number) => Record<string, unknown>;
      /** Numeric field kept equal to the item's position when items are added or moved (ranks). */
      rankField?: string;
    });

/** One answer: a text, a number, a choice, a tick, or a list of codes or record ids. */
type Answer = string | number | boolean | null | readonly string[];

/**
 * The paths ("company.name", "rto.value") to the answers of type V inside a record of type R: nested objects are
 * walked, lists of records are not (their items are records of their own).
 */
export type AnswerPath<R, V = Answer> = {
  [K in keyof R & string]: R[K] extends V
    ? K
    : R[K] extends Answer | readonly unknown[]
      ? never
      : R[K] extends object
        ? `${K}.${AnswerPath<R[K], V>}`
        : never;
}[keyof R & string];

/** The paths to the lists of records inside a record of type R ("keyProducts", "contacts.employees"). */
export type ListPath<R> = {
  [K in keyof R & string]: R[K] extends readonly (infer Item)[]
    ? Item extends object
      ? K
      : never
    : R[K] extends Answer
      ? never
      : R[K] extends object
        ? `${K}.${ListPath<R[K]>}`
        : never;
}[keyof R & string];

/** The value at a path of R. */
export type ValueAt<R, P extends string> = P extends `${infer Key}.${infer Rest}`
  ? Key extends keyof R
    ? ValueAt<R[Key], Rest>
    : never
  : P extends keyof R
    ? R[P]
    : never;

/** The record type of the list at a path of R. */
export type ItemAt<R, P extends string> = ValueAt<R, P> extends readonly (infer Item)[] ? Item : never;

type QuestionDefinition = Exclude<FieldDefinition, { kind: 'list' }>;
type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

/** Which values each kind of question can hold. */
interface KindValues {
  text: string;
  textarea: string;
  tel: string;
  email: string;
  date: string;
  number: number | null;
  select: Answer;
  checkboxes: readonly string[];
  checkbox: boolean;
  reference: string | null | readonly string[];
}

/** The definition of one kind of question ("text" out of the text-like kinds). */
type OfKind<Kind extends QuestionDefinition['kind'], Q = QuestionDefinition> = Q extends { kind: infer Kinds }
  ? Kind extends Kinds
    ? Omit<Q, 'kind'> & { kind: Kind }
    : never
  : never;

/** What a step file never writes: the domain's FIELD_RULES declare it, and withFieldRules() fills it in. */
type FromFieldRules = 'required' | 'min' | 'max';

/** A question of a record of type R: its name is a path to a value its kind can hold. */
type TypedQuestion<R> = {
  [Kind in QuestionDefinition['kind']]: Kind extends 'reference'
    ? Omit<OfKind<Kind>, FromFieldRules | 'name' | 'phoneShownBy' | 'excludeChosenIn'> & {
        name: AnswerPath<R, KindValues[Kind]>;
        phoneShownBy?: AnswerPath<R>;
        excludeChosenIn?: AnswerPath<R>;
      }
    : Omit<OfKind<Kind>, FromFieldRules | 'name'> & { name: AnswerPath<R, KindValues[Kind]> };
}[QuestionDefinition['kind']];

/** A list in a record of type R: its name is a path to a list of records, and its fields are typed against them. */
type TypedList<R> = {
  [P in ListPath<R>]: Omit<ListDefinition, FromFieldRules | 'name' | 'fields' | 'titleFields' | 'summaryFields' | 'rankField'> & {
    name: P;
    fields: readonly TypedField<ItemAt<R, P>>[];
    titleFields: readonly AnswerPath<ItemAt<R, P>>[];
    summaryFields: readonly (AnswerPath<ItemAt<R, P>> | readonly AnswerPath<ItemAt<R, P>>[])[];
    rankField?: AnswerPath<ItemAt<R, P>, number | null>;
  };
}[ListPath<R>];

/**
 * A field as the step files write it, typed against the record it belongs to (the Plan, or a list's record type):
 * a misspelt path, or a kind that cannot hold the value (a number question on a text), fails to compile. Code that
 * walks the questionnaire reads the same definitions as `FieldDefinition`, whose names are plain strings.
 */
export type TypedField<R> = TypedQuestion<R> | TypedList<R>;

/** A step as its file writes it: every field typed against the Plan. */
export interface TypedStep<R> {
  step: StepNumber;
  sections: readonly { id: string; fields: readonly TypedField<R>[] }[];
}

export interface SectionDefinition {
  /** Key under sections: in the locales; also the anchor id. */
  id: string;
  fields: readonly FieldDefinition[];
}

export interface StepDefinition {
  step: StepNumber;
  sections: readonly SectionDefinition[];
}
