import type { Plan } from '../../domain';
import type { DocxPaperSize } from '../../docx/write';
import type { DocxRequest, DocxResponse, DocxStage } from '../../docx/worker-protocol';
import { pdfResources, type LanguageCode } from '../../i18n';

let worker: Worker | null = null;
let nextId = 1;

/** The Word document worker, started on first use: neither the questionnaire nor the Print screen loads docx before. */
function docxWorker(): Worker {
  worker ??= new Worker(new URL('../../docx/docx.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export interface DocxJob {
  plan: Plan;
  language: LanguageCode;
  paperSize: DocxPaperSize;
  onProgress: (stage: DocxStage) => void;
}

/** The plan as a Word document, built in the worker from the app's own strings (offline). */
export async function renderDocxInWorker({ plan, language, paperSize, onProgress }: DocxJob): Promise<ArrayBuffer> {
  const resources = await pdfResources(language);
  const id = nextId++;
  const target = docxWorker();
  const request: DocxRequest = { id, plan, language, paperSize, printedAt: new Date().toISOString(), resources };
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const stop = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<DocxResponse>) => {
      const response = event.data;
      if (response.id !== id) return;
      if (response.kind === 'progress') {
        onProgress(response.stage);
        return;
      }
      stop();
      if (response.kind === 'done') resolve(response.bytes);
      else reject(new Error(response.detail));
    };
    const onError = (event: ErrorEvent) => {
      stop();
      worker = null;
      reject(new Error(event.message || 'Word document worker failed to start'));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage(request);
  });
}
