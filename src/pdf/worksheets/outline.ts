/**
 * What the blank worksheets print, taken from the questionnaire's own step definitions (so paper and app
 * always ask the same questions): per step its sections, and per section its questions. A question with
 * one answer gets writing lines or boxes to tick; a list becomes a ruled table with one column per field
 * of its items and empty rows to fill in by hand. A list whose items have many fields is split into
 * tables of at most MAX_COLUMNS columns, each repeating the item's title column; a list inside a list
 * item (a scenario's affected resources) is a table of its own that starts with the parent's title column.
 */
import type { StepNumber } from '../../domain';
import { fieldTextKey, STEPS, type FieldDefinition } from '../../questionnaire';

type ListField = Extract<FieldDefinition, { kind: 'list' }>;
export type AnswerField = Exclude<FieldDefinition, { kind: 'list' }>;

/** A question with one answer (text, number, date, a choice). */
export interface WorksheetQuestion {
  kind: 'question';
  /** Translation key under fields: ("team_leader_position"). */
  key: string;
  field: AnswerField;
  quick: boolean;
}

export interface WorksheetColumn {
  key: string;
  field: AnswerField;
  /** Share of the table width, relative to the other columns. */
  weight: number;
}

/** A list of the questionnaire, printed as ruled tables. */
export interface WorksheetTable {
  kind: 'table';
  key: string;
  quick: boolean;
  /** The columns this list explains (its own item fields, without a parent's title column). */
  explained: readonly WorksheetColumn[];
  /** One or more tables of the same rows; each starts with the item's title column. */
  parts: readonly (readonly WorksheetColumn[])[];
  rows: number;
  /** Rows tall enough for a few words of description. */
  tallRows: boolean;
}

export type WorksheetItem = WorksheetQuestion | WorksheetTable;

export interface WorksheetSection {
  id: string;
  items: readonly WorksheetItem[];
}

export interface WorksheetStep {
  step: StepNumber;
  sections: readonly WorksheetSection[];
}

/** At most this many columns in one table on a portrait page. */
export const MAX_COLUMNS = 7;

/** Empty rows per list: what a small business typically needs, with room to spare. */
const ROWS: Readonly<Record<string, number>> = {
  company_sites: 4,
  scope_sections: 6,
  team_members: 6,
  keyProducts: 6,
  resources: 10,
  suppliers: 8,
  hazards: 12,
  scenarios: 4,
  scenarios_effects: 8,
  emergency_firstActions: 8,
  contacts_employees: 12,
  callTree: 8,
  strategies: 6,
  finance_insurance: 4,
  finance_credit: 4,
  exercises: 4,
  exercises_actions: 8,
  changeLog: 8,
};
const DEFAULT_ROWS = 10;

const WEIGHTS: Readonly<Record<AnswerField['kind'], number>> = {
  text: 2,
  textarea: 3,
  tel: 1.7,
  email: 2,
  date: 1.3,
  number: 1.1,
  select: 1.7,
  checkboxes: 2,
  checkbox: 1.3,
  reference: 2,
};

const keyOf = (prefix: string, name: string): string => fieldTextKey(prefix ? `${prefix}_${name}` : name);

function column(prefix: string, field: AnswerField): WorksheetColumn {
  return { key: keyOf(prefix, field.name), field, weight: field.kind === 'reference' && field.multiple ? 2.4 : WEIGHTS[field.kind] };
}

/** Splits `columns` into at most `size` per part, as evenly as possible. */
function chunks<T>(columns: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(columns.length / size));
  const per = Math.ceil(columns.length / count);
  return Array.from({ length: count }, (_, index) => columns.slice(index * per, (index + 1) * per)).filter((part) => part.length > 0);
}

function tables(list: ListField, prefix: string, parentTitle: WorksheetColumn | null): WorksheetTable[] {
  const key = keyOf(prefix, list.name);
  // a field shown only while it holds an answer has no column on a blank worksheet
  const own = list.fields
    .filter((field): field is AnswerField => field.kind !== 'list' && field.onlyWhenFilled !== true)
    .map((field) => column(key, field));
  const nested = list.fields.filter((field): field is ListField => field.kind === 'list');
  const title = own.find((candidate) => list.titleFields.some((name) => candidate.key === keyOf(key, name))) ?? own[0];
  const rest = own.filter((candidate) => candidate !== title);
  const lead = [parentTitle, title].filter((candidate): candidate is WorksheetColumn => candidate !== null && candidate !== undefined);
  const parts = chunks(rest, MAX_COLUMNS - lead.length).map((part) => [...lead, ...part]);
  const table: WorksheetTable = {
    kind: 'table',
    key,
    quick: list.quick === true,
    explained: own,
    parts,
    rows: ROWS[key] ?? DEFAULT_ROWS,
    tallRows: own.some((candidate) => candidate.field.kind === 'textarea'),
  };
  return [table, ...nested.flatMap((child) => tables(child, key, title ?? null))];
}

function items(fields: readonly FieldDefinition[]): WorksheetItem[] {
  return fields.flatMap((field): WorksheetItem[] =>
    field.kind === 'list'
      ? tables(field, '', null)
      : [{ kind: 'question', key: keyOf('', field.name), field, quick: field.quick === true }],
  );
}

/** The ten worksheets, in step order. */
export const WORKSHEETS: readonly WorksheetStep[] = STEPS.map((step) => ({
  step: step.step,
  sections: step.sections.map((section) => ({ id: section.id, items: items(section.fields) })),
}));
