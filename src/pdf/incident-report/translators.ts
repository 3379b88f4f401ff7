/** The `t` of an incident report: the plan PDF's namespaces (its blocks and labels) and the report's own. */
import type { TFunction } from 'i18next';
import type { LanguageCode } from '../../i18n/languages';
import { createPdfTranslator, PDF_NAMESPACES, type PdfResources } from '../translator';

/** What the report prints from: its own strings (locales/<lng>/incident-report.json) and the plan PDF's. */
export const INCIDENT_REPORT_NAMESPACES = ['incident-report', ...PDF_NAMESPACES] as const;

export function createIncidentReportTranslator(language: LanguageCode, resources: PdfResources): Promise<TFunction> {
  return createPdfTranslator(language, resources, { namespaces: INCIDENT_REPORT_NAMESPACES });
}
