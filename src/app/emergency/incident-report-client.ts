/**
 * The incident report of one incident or exercise, made in the PDF worker (src/pdf/incident-report). The
 * emergency screen calls downloadIncidentReport; a screen that shows progress and the unprintable-characters
 * notice itself (as the summary screen does) calls renderIncidentReportInWorker and incidentReportFileName.
 */
import type { Plan } from '../../domain';
import { pdfResources, translatorIn, type LanguageCode } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import { INCIDENT_REPORT_NAMESPACES } from '../../pdf/incident-report/translators';
import type { IncidentReportRequest, PaperSize, PdfStage } from '../../pdf/worker-protocol';
import { sendToPdfWorker, type PdfOutcome } from '../pdf-client';
import { saveFile } from '../save-file';

export interface IncidentReportJob {
  plan: Plan;
  incidentId: string;
  language: LanguageCode;
  paperSize: PaperSize;
  /** False first: characters no font can draw are reported instead of printed. */
  allowUnprintable: boolean;
  onProgress: (stage: PdfStage) => void;
}

/** Renders the report in the PDF worker: the PDF, the characters no font can draw, or fonts missing offline. */
export async function renderIncidentReportInWorker(job: IncidentReportJob): Promise<PdfOutcome> {
  const resources = await pdfResources(job.language, INCIDENT_REPORT_NAMESPACES);
  return sendToPdfWorker(
    (id): IncidentReportRequest => ({
      kind: 'incidentReport',
      id,
      plan: job.plan,
      incidentId: job.incidentId,
      language: job.language,
      paperSize: job.paperSize,
      printedAt: new Date().toISOString(),
      resources,
      allowUnprintable: job.allowUnprintable,
    }),
    job.onProgress,
  );
}

/** "Baan Rim Nam Foods - Incident report - th - 2026-12-06.pdf": in the report's language, dated the day the incident started. */
export async function incidentReportFileName(plan: Plan, incidentId: string, language: LanguageCode): Promise<string> {
  const incident = plan.incidents.find((candidate) => candidate.id === incidentId);
  const t = await translatorIn(language);
  const kind = t(`incident-report:fileName.${incident?.kind ?? 'incident'}`);
  return pdfFileName(plan.company.name, kind, [language], incident ? new Date(incident.startedAt) : new Date());
}

export type IncidentReportOutcome = Exclude<PdfOutcome, { kind: 'done' }> | { kind: 'done'; bytes: ArrayBuffer; fileName: string };

/**
 * Makes the report and hands it to the browser's download. Without `allowUnprintable`, characters no font can
 * draw come back as { kind: 'unprintable' } (ask, then call again with allowUnprintable: true); a Chinese or
 * Japanese report offline without its language pack comes back as { kind: 'fonts_unavailable' }.
 */
export async function downloadIncidentReport(
  plan: Plan,
  incidentId: string,
  language: LanguageCode,
  paperSize: PaperSize,
  { allowUnprintable = false, onProgress = () => undefined }: { allowUnprintable?: boolean; onProgress?: (stage: PdfStage) => void } = {},
): Promise<IncidentReportOutcome> {
  const outcome = await renderIncidentReportInWorker({ plan, incidentId, language, paperSize, allowUnprintable, onProgress });
  if (outcome.kind !== 'done') return outcome;
  const fileName = await incidentReportFileName(plan, incidentId, language);
  saveFile(fileName, new Blob([outcome.bytes], { type: 'application/pdf' }));
  return { ...outcome, fileName };
}
