import { isoDay, type Plan } from '../domain';
import { pdfResources, type LanguageCode } from '../i18n';
import { PdfCache, pdfCacheKey } from '../pdf/pdf-cache';
import type { PaperSize, PdfRequest, PdfResponse, PdfStage, SummaryPdfRequest, WarmUpRequest, WorkshopPdfRequest } from '../pdf/worker-protocol';
import { isLanguageReadyOffline } from './language-packs';

export type PdfOutcome =
  | { kind: 'done'; bytes: ArrayBuffer }
  | { kind: 'unprintable'; characters: string[] }
  | { kind: 'fonts_unavailable' };

interface PdfJob {
  plan: Plan;
  language: LanguageCode;
  paperSize: PaperSize;
  /** False first: characters no font can draw are reported instead of printed. */
  allowUnprintable: boolean;
  onProgress: (stage: PdfStage) => void;
}

let worker: Worker | null = null;
let nextId = 1;

/** The PDF worker, started on first use: the questionnaire never loads the PDF engine. */
function pdfWorker(): Worker {
  worker ??= new Worker(new URL('../pdf/pdf.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

const warmedLanguages = new Set<LanguageCode>();

/**
 * Starts the PDF worker in idle time and warms it for `language` (fonts loaded, a blank plan laid out), so
 * the first PDF costs what a later one does. Print screens call it when they open and when the language
 * changes; a language whose fonts are not on the device yet is left alone (no download, no failing request).
 */
export function warmUpPdfWorker(language: LanguageCode, paperSize: PaperSize): void {
  if (warmedLanguages.has(language)) return;
  warmedLanguages.add(language);
  const warmUp = async () => {
    // Only fonts already on the device: a warm-up never downloads a language pack (nor fails offline).
    if (!(await isLanguageReadyOffline(language))) {
      warmedLanguages.delete(language);
      return;
    }
    const resources = await pdfResources(language);
    const request: WarmUpRequest = { id: nextId++, kind: 'warmUp', language, paperSize, resources };
    pdfWorker().postMessage(request);
  };
  const start = () => void warmUp().catch(() => warmedLanguages.delete(language));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 200);
}

/** Complete plan PDFs of this page's life: printing the same plan again does not even reach the worker. */
const finishedPlans = new PdfCache(32 * 1024 * 1024);

/** User Timing name of the time from asking for a plan PDF to its bytes (the PDF benchmark reads it). */
const PLAN_PDF_MEASURE = 'bcp:plan-pdf';

/** Renders a plan to PDF bytes in the worker, or gives the PDF of the same plan, language, paper and day again. */
export async function renderPlanInWorker(job: PdfJob): Promise<PdfOutcome> {
  const started = performance.now();
  const outcome = await planPdf(job);
  performance.measure(PLAN_PDF_MEASURE, { start: started });
  return outcome;
}

async function planPdf(job: PdfJob): Promise<PdfOutcome> {
  const resources = await pdfResources(job.language);
  const printedAt = new Date();
  // A print with placeholders for missing characters is not kept: the fonts may arrive later.
  const key = job.allowUnprintable
    ? null
    : await pdfCacheKey({ plan: job.plan, language: job.language, paperSize: job.paperSize, printDay: isoDay(printedAt), resources, template: 'app' });
  const kept = key === null ? undefined : finishedPlans.get(key);
  if (kept !== undefined) return { kind: 'done', bytes: kept.buffer as ArrayBuffer };
  const outcome = await sendToPdfWorker(
    (id) => ({
      id,
      plan: job.plan,
      language: job.language,
      paperSize: job.paperSize,
      printedAt: printedAt.toISOString(),
      resources,
      allowUnprintable: job.allowUnprintable,
    }),
    job.onProgress,
  );
  if (key !== null && outcome.kind === 'done') finishedPlans.set(key, new Uint8Array(outcome.bytes));
  return outcome;
}

/** Sends one request to the PDF worker and waits for its answer, passing its progress on. */
export function sendToPdfWorker(
  build: (id: number) => PdfRequest | WorkshopPdfRequest | SummaryPdfRequest,
  onProgress: (stage: PdfStage) => void,
): Promise<PdfOutcome> {
  const id = nextId++;
  const target = pdfWorker();
  const request = build(id);
  return new Promise<PdfOutcome>((resolve, reject) => {
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const response = event.data;
      if (response.id !== id) return;
      if (response.kind === 'progress') {
        onProgress(response.stage);
        return;
      }
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      if (response.kind === 'failed' && response.reason === 'fonts_unavailable') resolve({ kind: 'fonts_unavailable' });
      else if (response.kind === 'failed') reject(new Error(response.detail));
      else resolve(response);
    };
    const onError = (event: ErrorEvent) => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      worker = null;
      reject(new Error(event.message || 'PDF worker failed to start'));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage(request);
  });
}
