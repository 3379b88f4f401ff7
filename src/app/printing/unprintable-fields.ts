import type { i18n as I18n } from 'i18next';
import { fieldsHolding } from '../../questionnaire';
import { fieldText } from '../plan-files/plan-file-messages';

/**
 * The questions whose answers hold characters no PDF font can draw, in the words of the form:
 * "Step 1 · “Name of the BCP leader”". Shared by the app's warning and the command-line renderer.
 */
export function unprintableFieldTexts(i18n: I18n, plan: unknown, characters: readonly string[]): string[] {
  const texts = fieldsHolding(plan, characters).map(({ path, step }) =>
    i18n.t('common:print.fieldInStep', { number: step, field: fieldText(i18n, path) }),
  );
  return [...new Set(texts)];
}
