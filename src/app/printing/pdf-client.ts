import { isoDay } from '../../domain';
import type { LanguageCode } from '../../i18n';
import { PdfCache, pdfCacheKey } from '../../pdf/pdf-cache';
import type { PaperSize, PdfResponse, PdfStage } from '../../pdf/worker-protocol';
import { isLanguageReadyOffline } from '../offline/language-packs';
import { PrintWorker } from './worker-call';
import { orderResources, workerRequest, type PrintOrder, type WorkerRequest } from './worker-requests';

export type PdfOutcome =
  | { kind: 'done'; bytes: ArrayBuffer }
  | { kind: 'unprintable'; characters: string[] }
  | { kind: 'fonts_unavailable' };

let nextId = 1;

/** The PDF worker, started on first use: the questionnaire never loads the PDF engine. */
const pdfWorker = new PrintWorker(() => new Worker(new URL('../../pdf/pdf.worker.ts', import.meta.url), { type: 'module' }));

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
    const order: PrintOrder = { kind: 'warmUp', language, paperSize };
    const request = await workerRequest(order, nextId++, new Date(), await orderResources(order));
    (await pdfWorker.ready()).postMessage(request);
  };
  const start = () => void warmUp().catch(() => warmedLanguages.delete(language));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 200);
}

/** Complete plan PDFs of this page's life: printing the same plan again does not even reach the worker. */
const finishedPlans = new PdfCache(32 * 1024 * 1024);

/**
 * Makes the order's PDF in the worker, passing its progress on. A plan printed again (same plan, language,
 * paper and day) comes from this page's cache without reaching the worker. The time from asking to the bytes
 * is a User Timing measure, "bcp:plan-pdf" for a plan (the PDF benchmark reads it).
 */
export async function renderInWorker(order: Exclude<PrintOrder, { kind: 'warmUp' }>, onProgress: (stage: PdfStage) => void): Promise<PdfOutcome> {
  const started = performance.now();
  const outcome = await orderPdf(order, onProgress);
  performance.measure(`bcp:${order.kind}-pdf`, { start: started });
  return outcome;
}

async function orderPdf(order: Exclude<PrintOrder, { kind: 'warmUp' }>, onProgress: (stage: PdfStage) => void): Promise<PdfOutcome> {
  const resources = await orderResources(order);
  const printedAt = new Date();
  // A print with placeholders for missing characters is not kept: the fonts may arrive later.
  const key =
    order.kind !== 'plan' || order.allowUnprintable
      ? null
      : await pdfCacheKey({ plan: order.plan, language: order.language, paperSize: order.paperSize, printDay: isoDay(printedAt), resources, template: 'app' });
  const kept = key === null ? undefined : finishedPlans.get(key);
  if (kept !== undefined) return { kind: 'done', bytes: kept.buffer as ArrayBuffer };
  const outcome = await sendToPdfWorker(await workerRequest(order, nextId++, printedAt, resources), onProgress);
  if (key !== null && outcome.kind === 'done') finishedPlans.set(key, new Uint8Array(outcome.bytes));
  return outcome;
}

/** Sends one request to the PDF worker and waits for its answer, passing its progress on. */
async function sendToPdfWorker(request: WorkerRequest, onProgress: (stage: PdfStage) => void): Promise<PdfOutcome> {
  const answer = await pdfWorker.call<PdfResponse>(request, (progress) => onProgress(progress.stage));
  if (answer.kind !== 'failed') return answer;
  if (answer.reason === 'fonts_unavailable') return { kind: 'fonts_unavailable' };
  throw new Error(answer.detail);
}
