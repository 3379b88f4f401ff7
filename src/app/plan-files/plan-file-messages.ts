import type { i18n as I18n } from 'i18next';
import type { PlanDataIssue } from '../../domain';
import { formatNumber } from '../../i18n/format';
import { joinSentences } from '../../i18n/join';
import { MAX_PLAN_FILE_BYTES, MAX_PLANS_PER_FILE, type PlanFileError } from '../../persistence';

/** How many wrong fields of one plan are named; the first few are enough to find the fault. */
const ISSUES_NAMED = 3;

/** The size limit in the reader's words: "10 MB". */
export function sizeLimitText(language: string): string {
  return `${formatNumber(MAX_PLAN_FILE_BYTES / (1024 * 1024), language)} MB`;
}

/** A stored path segment's label: the field's own label, else its section, else a name for the app's own fields. */
function labelOf(i18n: I18n, key: string, lastSegment: string): string | null {
  if (i18n.exists(`fields:${key}.label`)) return i18n.t(`fields:${key}.label`);
  if (lastSegment === 'id') return i18n.t('files:fieldNames.id');
  if (i18n.exists(`files:fieldNames.${key}`)) return i18n.t(`files:fieldNames.${key}`);
  if (i18n.exists(`sections:${key}.title`)) return i18n.t(`sections:${key}.title`);
  return null;
}

/** Where a refused value sits, in the words of the form: “Name” of entry 2 in “Other sites”. */
export function fieldText(i18n: I18n, path: readonly (string | number)[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  const key = names.join('_');
  const field = i18n.t('files:problem.field', { field: labelOf(i18n, key, names.at(-1) ?? '') ?? path.join('.') });
  const lastItem = path.findLastIndex((segment) => typeof segment === 'number');
  const position = path[lastItem];
  if (typeof position !== 'number') return field;
  const listNames = path.slice(0, lastItem).filter((segment): segment is string => typeof segment === 'string');
  const list = labelOf(i18n, listNames.join('_'), listNames.at(-1) ?? '') ?? listNames.join('.');
  return i18n.t('files:problem.inList', { field, position: position + 1, list });
}

function issueText(i18n: I18n, issue: PlanDataIssue): string {
  return i18n.t(issue.missing ? 'files:problem.missing' : 'files:problem.wrongValue', { field: fieldText(i18n, issue.path) });
}

/** Which plan of the file: "Plan 2 “Toko Maju”". */
function planText(i18n: I18n, error: PlanFileError): string {
  const number = (error.planIndex ?? 0) + 1;
  return error.planName ? i18n.t('files:problem.planNamed', { number, name: error.planName }) : i18n.t('files:problem.plan', { number });
}

/** What is wrong with a file that was not imported, in words a business owner understands. */
export function planFileProblemText(i18n: I18n, error: PlanFileError | 'unreadable'): string {
  if (error === 'unreadable') return i18n.t('files:problem.unreadable');
  switch (error.problem) {
    case 'too_large':
      return i18n.t('files:problem.tooLarge', { limit: sizeLimitText(i18n.language) });
    case 'not_json':
      return i18n.t('files:problem.notJson');
    case 'wrong_format':
      return i18n.t('files:problem.wrongFormat');
    case 'future_version':
      return i18n.t('files:problem.futureVersion');
    case 'no_plans':
      return i18n.t('files:problem.noPlans');
    case 'too_many_plans':
      return i18n.t('files:problem.tooManyPlans', { limit: formatNumber(MAX_PLANS_PER_FILE, i18n.language) });
    case 'invalid_plan': {
      const plan = planText(i18n, error);
      const cause = error.cause;
      if (cause?.problem === 'future_version') return i18n.t('files:problem.planFutureVersion', { plan });
      if (!cause || cause.problem === 'not_an_object' || cause.issues.length === 0) return i18n.t('files:problem.planDamaged', { plan });
      const details = cause.issues.slice(0, ISSUES_NAMED).map((issue) => issueText(i18n, issue));
      return i18n.t('files:problem.planInvalid', { plan, details: joinSentences(details, i18n.language) });
    }
  }
}
