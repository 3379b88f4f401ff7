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
  /** Marked as required next to the label. */
  required?: boolean;
  /** Shown only while it holds an answer: a value the owner is asked to resolve, never to type. */
  onlyWhenFilled?: boolean;
}

export type FieldDefinition =
  | (BaseField & { kind: 'text' | 'textarea' | 'tel' | 'email' | 'date' })
  | (BaseField & { kind: 'number'; min?: number; max?: number; step?: number })
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

export interface SectionDefinition {
  /** Key under sections: in the locales; also the anchor id. */
  id: string;
  fields: readonly FieldDefinition[];
}

export interface StepDefinition {
  step: StepNumber;
  sections: readonly SectionDefinition[];
}
