import type { i18n } from 'i18next';
import { fieldTextKey } from '../questionnaire';
import type { FieldTexts } from '../ui';
import { decodeValidationMessage, type ValidationMessage } from './validation';

/** Whether an example comes from the plan's own kind of business or is the general one. */
export type ExampleSource = 'industry' | 'general';

/**
 * Label, guidance and example of a question. The example follows the plan's industry where
 * locales/<lng>/industry-examples.json has one for it, else it is the question's general example.
 */
export function fieldTexts(
  translator: Pick<i18n, 't' | 'exists'>,
  key: string,
  industry: string | null = null,
): FieldTexts & { exampleSource: ExampleSource } {
  const base = `fields:${fieldTextKey(key)}`;
  const industryKey = `industry-examples:${industry ?? ''}.${fieldTextKey(key)}`;
  const fitting = industry !== null && translator.exists(industryKey);
  return {
    label: translator.t(`${base}.label`),
    help: translator.t(`${base}.help`),
    example: translator.t(fitting ? industryKey : `${base}.example`),
    exampleSource: fitting ? 'industry' : 'general',
  };
}

export function translateValidation(
  issueText: (code: string, params?: ValidationMessage['params']) => string,
  message: string | undefined,
): string | undefined {
  const decoded = decodeValidationMessage(message);
  return decoded ? issueText(decoded.code, decoded.params) : undefined;
}

/** The element id of the control for a plan path, used for labels and for links from the review screen. */
export function controlId(name: string): string {
  return `f-${name}`;
}
