/**
 * The workshop kit's prints, made in the PDF worker: blank worksheets, one plan's wallet cards, and a
 * zip of several plans' PDFs (the zip library, fflate, loads only when a zip is made).
 */
import type { Plan } from '../../domain';
import { pdfResources, translatorIn, type LanguageCode } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import type { PaperSize, PdfStage } from '../../pdf/worker-protocol';
import { WALLET_CARDS_NAMESPACES, WORKSHEETS_NAMESPACES } from '../../pdf/workshop-namespaces';
import { renderPlanInWorker, sendToPdfWorker, type PdfOutcome } from './pdf-client';

export async function renderWorksheetsInWorker(
  language: LanguageCode,
  paperSize: PaperSize,
  onProgress: (stage: PdfStage) => void,
): Promise<PdfOutcome> {
  const resources = await pdfResources(language, WORKSHEETS_NAMESPACES);
  return sendToPdfWorker((id) => ({ id, kind: 'worksheets', language, paperSize, resources }), onProgress);
}

export interface WalletCardsJob {
  plan: Plan;
  language: LanguageCode;
  paperSize: PaperSize;
  allowUnprintable: boolean;
  onProgress: (stage: PdfStage) => void;
}

export async function renderWalletCardsInWorker(job: WalletCardsJob): Promise<PdfOutcome> {
  const resources = await pdfResources(job.language, WALLET_CARDS_NAMESPACES);
  return sendToPdfWorker(
    (id) => ({
      id,
      kind: 'walletCards',
      plan: job.plan,
      language: job.language,
      paperSize: job.paperSize,
      printedAt: new Date().toISOString(),
      resources,
      allowUnprintable: job.allowUnprintable,
    }),
    job.onProgress,
  );
}

export interface BatchResult {
  zip: Blob;
  /** Plans printed with characters left blank because no font has them. */
  withUnprintable: Plan[];
}

export class BatchFontsUnavailableError extends Error {}

/** "name.pdf", then "name (2).pdf" for a second plan of the same name. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let copy = 2; taken.has(candidate); copy += 1) candidate = name.replace(/\.pdf$/, ` (${copy}).pdf`);
  taken.add(candidate);
  return candidate;
}

/**
 * Prints each plan in turn (one worker, so one at a time on a small laptop) and zips the PDFs.
 * `onPlanDone(n)` after each plan. A plan with characters no font has is printed anyway and reported.
 */
export async function renderPlansZip(
  plans: readonly Plan[],
  language: LanguageCode,
  paperSize: PaperSize,
  onPlanDone: (done: number) => void,
): Promise<BatchResult> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  const withUnprintable: Plan[] = [];
  const printedAt = new Date();
  const kind = (await translatorIn(language))('common:print.fileName.plan');
  for (const [index, plan] of plans.entries()) {
    const job = { plan, language, paperSize, onProgress: () => undefined };
    let outcome = await renderPlanInWorker({ ...job, allowUnprintable: false });
    if (outcome.kind === 'unprintable') {
      withUnprintable.push(plan);
      outcome = await renderPlanInWorker({ ...job, allowUnprintable: true });
    }
    if (outcome.kind === 'fonts_unavailable') throw new BatchFontsUnavailableError();
    if (outcome.kind !== 'done') throw new Error('unexpected answer from the PDF worker');
    files[uniqueName(pdfFileName(plan.company.name, kind, [language], printedAt), taken)] = new Uint8Array(outcome.bytes);
    onPlanDone(index + 1);
  }
  const { zipSync } = await import('fflate');
  // PDFs are compressed already: store them (level 0) rather than spend time compressing again.
  const zipped = zipSync(files, { level: 0 });
  return { zip: new Blob([zipped], { type: 'application/zip' }), withUnprintable };
}
