import type { Plan } from '../../domain';
import type { DocxPaperSize } from '../../docx/write';
import type { DocxRequest, DocxResponse, DocxStage } from '../../docx/worker-protocol';
import { pdfResources, type LanguageCode } from '../../i18n';
import { PrintWorker } from './worker-call';

let nextId = 1;

/** The Word document worker, started on first use: neither the questionnaire nor the Print screen loads docx before. */
const docxWorker = new PrintWorker(() => new Worker(new URL('../../docx/docx.worker.ts', import.meta.url), { type: 'module' }));

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
  const request: DocxRequest = { id, plan, language, paperSize, printedAt: new Date().toISOString(), resources };
  const answer = await docxWorker.call<DocxResponse>(request, (progress) => onProgress(progress.stage));
  if (answer.kind === 'failed') throw new Error(answer.detail);
  return answer.bytes;
}
