/// <reference lib="webworker" />
/**
 * The Word document worker: started by the Print screen on the first "Download as Word document", so the
 * questionnaire never loads the docx package. Everything it needs is in the app's own files (offline).
 */
import { createPlanFacts } from '../pdf/document/plan-facts';
import { createPdfTranslator } from '../pdf/translator';
import { planContent } from './plan-content';
import { docxChrome } from './render';
import { WORKER_READY } from '../pdf/worker-protocol';
import type { DocxRequest, DocxResponse } from './worker-protocol';
import { writeDocx } from './write';

declare const self: DedicatedWorkerGlobalScope;

function reply(response: DocxResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

self.addEventListener('message', (event: MessageEvent<DocxRequest>) => {
  const { id, plan, language, paperSize, printedAt, resources } = event.data;
  const build = async () => {
    reply({ id, kind: 'progress', stage: 'content' });
    const t = await createPdfTranslator(language, resources);
    const facts = createPlanFacts({ plan, t, language, printedAt: new Date(printedAt) });
    const blocks = planContent(facts);
    reply({ id, kind: 'progress', stage: 'writing' });
    const bytes = await writeDocx({ blocks, chrome: docxChrome(facts), language, paperSize });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    reply({ id, kind: 'done', bytes: buffer }, [buffer]);
  };
  build().catch((error: unknown) => reply({ id, kind: 'failed', detail: error instanceof Error ? error.message : String(error) }));
});

// Every import has loaded: the page may send requests (a module worker whose imports fail says nothing, see
// src/app/printing/worker-call.ts).
self.postMessage(WORKER_READY);
