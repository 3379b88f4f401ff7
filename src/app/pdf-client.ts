import type { Plan } from '../domain';
import { pdfResources, type LanguageCode } from '../i18n';
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
 * changes; offline, a language whose fonts are not on the device is left alone (no failing requests).
 */
export function warmUpPdfWorker(language: LanguageCode, paperSize: PaperSize): void {
  if (warmedLanguages.has(language)) return;
  warmedLanguages.add(language);
  const warmUp = async () => {
    if (!navigator.onLine && !(await isLanguageReadyOffline(language))) {
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

/** Renders a plan to PDF bytes in the worker. */
export async function renderPlanInWorker(job: PdfJob): Promise<PdfOutcome> {
  const resources = await pdfResources(job.language);
  return sendToPdfWorker(
    (id) => ({
      id,
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
