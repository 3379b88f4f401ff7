import type { Plan } from '../../domain';
import { pdfResources, type LanguageCode } from '../../i18n';
import { SUMMARY_NAMESPACES } from '../../pdf/summary/translators';
import type { PaperSize, PdfStage, SummaryPdfRequest } from '../../pdf/worker-protocol';
import { sendToPdfWorker, type PdfOutcome } from './pdf-client';

interface SummaryJob {
  plan: Plan;
  language: LanguageCode;
  /** Headings and labels in this language first, `language` underneath; null for one language. */
  partnerLanguage: LanguageCode | null;
  paperSize: PaperSize;
  allowUnprintable: boolean;
  onProgress: (stage: PdfStage) => void;
}

/** Renders the continuity summary of a plan in the PDF worker. */
export async function renderSummaryInWorker(job: SummaryJob): Promise<PdfOutcome> {
  const partner =
    job.partnerLanguage === null || job.partnerLanguage === job.language
      ? null
      : { language: job.partnerLanguage, resources: await pdfResources(job.partnerLanguage, SUMMARY_NAMESPACES) };
  const resources = await pdfResources(job.language, SUMMARY_NAMESPACES);
  return sendToPdfWorker(
    (id): SummaryPdfRequest => ({
      kind: 'summary',
      id,
      plan: job.plan,
      language: job.language,
      paperSize: job.paperSize,
      printedAt: new Date().toISOString(),
      resources,
      partner,
      allowUnprintable: job.allowUnprintable,
    }),
    job.onProgress,
  );
}
