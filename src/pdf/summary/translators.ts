/** The `t` of a summary language: the PDF translator with the summary's own namespace added. */
import type { TFunction } from 'i18next';
import type { LanguageCode } from '../../i18n/languages';
import { createPdfTranslator, type PdfResources } from '../translator';

/** What the summary prints from: its own strings, the PDF's page chrome, the questions' one labels, labels of codes, units. */
export const SUMMARY_NAMESPACES = ['summary', 'pdf', 'fields', 'options', 'common'] as const;

export function createSummaryTranslator(language: LanguageCode, resources: PdfResources): Promise<TFunction> {
  return createPdfTranslator(language, resources, { namespaces: SUMMARY_NAMESPACES });
}
