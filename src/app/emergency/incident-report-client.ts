/**
 * The file name of an incident report. The report itself is one more print order of the printing feature
 * (kind 'incidentReport', made in the PDF worker from src/pdf/incident-report).
 */
import type { Plan } from '../../domain';
import { translatorIn, type LanguageCode } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';

/** "Baan Rim Nam Foods - Incident report - th - 2026-12-06.pdf": in the report's language, dated the day the incident started. */
export async function incidentReportFileName(plan: Plan, incidentId: string, language: LanguageCode): Promise<string> {
  const incident = plan.incidents.find((candidate) => candidate.id === incidentId);
  const t = await translatorIn(language);
  const kind = t(`incident-report:fileName.${incident?.kind ?? 'incident'}`);
  return pdfFileName(plan.company.name, kind, [language], incident ? new Date(incident.startedAt) : new Date());
}
