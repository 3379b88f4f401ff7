/**
 * The printed plan's plain answers, walked from the questionnaire (src/questionnaire), the one register of
 * questions. A field is named by its one label key (fieldLabelKey: the label the form, the worksheets and the
 * review show) and its value is formatted by its kind: options by their labels, dates and numbers in the PDF
 * language, text as typed.
 *
 * - `fieldLabel(ctx, key)`: the label of any field, list or list item field (a table's column header, a
 *   block's heading).
 * - `answerRows(ctx, keys)`: label-value rows of plain questions for KeyValues.
 * - `OtherAnswers`: at the end of a step, every plain question of that step that the section files do not lay
 *   out by hand (LAID_OUT_BY_HAND). A new question added to the questionnaire therefore reaches the paper with
 *   no PDF code of its own; a section that wants it elsewhere lists it in LAID_OUT_BY_HAND and places it.
 *
 * Layout drawn by hand (tables, the risk matrix, the quick card) stays in the section files. A document in
 * another format (a Word export) can walk the same functions: they return plain strings.
 *
 * pdf.json keeps a wording of its own only where print deliberately differs from the question's label: a column
 * that holds several fields (column.name, column.position, column.action, column.status, column.date), a noun for a
 * table header where the label is a question (column.howItWorks, column.needs, column.summary, column.job), a
 * shorter header (column.policyNo, column.hazard in zh-Hans, column.rank for the tables' narrow rank column) and
 * the call tree heading, which the Thai plan glosses with its English name.
 */
import type { Plan, PlanFieldKey, StepNumber } from '../../domain';
import { ALL_FIELDS, fieldLabelKey, isFieldShown, questionOf, type AnswerPath, type FieldDefinition } from '../../questionnaire';
import { KeyValues } from './blocks';
import { EMPTY, type PdfContext } from './context';

/** A question with one answer, named by its path in the plan ("finance.cashOnHand"). */
export type AnswerKey = AnswerPath<Plan>;

/** The one label of a field, a list or a list item field ("suppliers", "finance.credit.lender"). */
export function fieldLabel(ctx: PdfContext, key: PlanFieldKey): string {
  return ctx.t(fieldLabelKey(key));
}

function valueAt(plan: Plan, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), plan);
}

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** The names of the records a reference points at, in the PDF's words. */
function referenced(ctx: PdfContext, definition: Extract<FieldDefinition, { kind: 'reference' }>, ids: readonly string[]): string[] {
  const name = (id: string): string => {
    switch (definition.source) {
      case 'employees':
        return ctx.employeeById.get(id)?.name ?? EMPTY;
      case 'keyProducts': {
        const product = ctx.productById.get(id);
        return product === undefined ? EMPTY : ctx.productLabel(product);
      }
      case 'resources':
        return ctx.resourceById.get(id)?.name ?? EMPTY;
      case 'suppliers':
        return ctx.supplierById.get(id)?.name ?? EMPTY;
      case 'measureTargets':
        return ctx.resourceById.get(id)?.name ?? EMPTY;
    }
  };
  return ids.map(name);
}

/** An answer as printed: one text, or one line per chosen option or record; EMPTY when blank. */
export function answerText(ctx: PdfContext, definition: FieldDefinition, value: unknown): string | string[] {
  if (isBlank(value)) return EMPTY;
  const { t } = ctx;
  switch (definition.kind) {
    case 'date':
      return ctx.date(String(value));
    case 'number':
      return typeof value === 'number' ? ctx.number(value, 2) : EMPTY;
    case 'select':
      return t(`options:${definition.options}.${String(value)}`);
    case 'checkboxes':
      return (value as readonly string[]).map((code) => t(`options:${definition.options}.${code}`));
    case 'checkbox':
      return t('pdf:value.yes');
    case 'reference':
      return referenced(ctx, definition, Array.isArray(value) ? (value as string[]) : [String(value)]);
    case 'list':
      return EMPTY;
    default:
      return String(value);
  }
}

/**
 * Label-value rows of plain questions, in the order given. `skipBlank` leaves out an unanswered question (the
 * Quick plan); otherwise it prints as EMPTY. `format` prints a value in its own way (money in the plan's currency).
 */
export function answerRows(
  ctx: PdfContext,
  keys: readonly AnswerKey[],
  { skipBlank = false, format = {} }: { skipBlank?: boolean; format?: Partial<Record<AnswerKey, (value: unknown) => string>> } = {},
): [string, string | string[]][] {
  return keys.flatMap((key): [string, string | string[]][] => {
    const definition = questionOf(key)?.definition;
    if (definition === undefined) throw new Error(`the questionnaire asks no ${key}`);
    const value = valueAt(ctx.plan, key);
    if (skipBlank && isBlank(value)) return [];
    const own = format[key];
    return [[fieldLabel(ctx, key), own === undefined ? answerText(ctx, definition, value) : own(value)]];
  });
}

/**
 * The plain questions (not in a list) that the section files print in a layout of their own: the business block,
 * the purpose, the BCP team table, the emergency response, the figures, the review and the sign-off.
 */
export const LAID_OUT_BY_HAND: ReadonlySet<string> = new Set<AnswerKey>([
  'company.name',
  'company.address',
  'company.industry',
  'company.employeeCount',
  'purpose.priorities',
  'purpose.statement',
  'scope.exclusions',
  'team.leader.employeeId',
  'team.leader.position',
  'team.leader.email',
  'team.leader.authority',
  'team.deputy.employeeId',
  'emergency.activation.whoDecides',
  'emergency.activation.criteria',
  'emergency.evacuation.assemblyPoint',
  'emergency.evacuation.routes',
  'emergency.safetyCheck.method',
  'emergency.safetyCheck.note',
  'finance.currency',
  'finance.monthlyFixedCosts',
  'finance.cashOnHand',
  'finance.estimatedRecoveryCost',
  'training.frequencyMonths',
  'training.audience',
  'review.frequencyMonths',
  'review.lastReviewed',
  'review.triggers',
  'approval.name',
  'approval.position',
  'approval.date',
]);

/** The plain questions of a step on the plan's path that no section lays out by hand, in questionnaire order. */
export function otherAnswerKeys(
  plan: Pick<Plan, 'path'>,
  step: StepNumber,
  fields: readonly { key: string; definition: FieldDefinition; step: StepNumber }[] = ALL_FIELDS,
): string[] {
  return fields
    .filter(({ key, definition, step: own }) => own === step && definition.kind !== 'list' && !isInList(key, fields))
    .filter(({ key, definition }) => !LAID_OUT_BY_HAND.has(key) && isFieldShown(definition, plan.path))
    .map(({ key }) => key);
}

/** Whether a field belongs to a list's records (its key starts with a list's key). */
function isInList(key: string, fields: readonly { key: string; definition: FieldDefinition }[]): boolean {
  return fields.some(({ key: listKey, definition }) => definition.kind === 'list' && key.startsWith(`${listKey}.`));
}

/** Every plain question of a step that no section lays out by hand, as label-value rows; nothing when there is none. */
export function OtherAnswers({ ctx, step }: { ctx: PdfContext; step: StepNumber }) {
  const keys = otherAnswerKeys(ctx.plan, step) as AnswerKey[];
  return keys.length === 0 ? null : <KeyValues ctx={ctx} rows={answerRows(ctx, keys, { skipBlank: ctx.plan.path === 'quick' })} />;
}
