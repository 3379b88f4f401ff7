import type { TFunction } from 'i18next';
import type { FieldTexts } from '../ui';
import { decodeValidationMessage, type ValidationMessage } from './validation';

/** Translation key of a question: its key path with "." turned into "_" (see locales/en/fields.json). */
export function fieldTextKey(key: string): string {
  return key.replaceAll('.', '_');
}

export function fieldTexts(t: TFunction, key: string): FieldTexts {
  const base = `fields:${fieldTextKey(key)}`;
  return { label: t(`${base}.label`), help: t(`${base}.help`), example: t(`${base}.example`) };
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
