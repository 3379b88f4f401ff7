/// <reference lib="webworker" />
import { registerPdfFontsForBrowser } from './fonts-browser';
import { loadFamilyCoverage, printableText, selectFonts } from './missing-glyphs';
import { allStrings } from './all-strings';
import { formatMoney } from '../i18n/format';
import { renderPlanPdf } from './render';
import { createPdfTranslator } from './translator';
import { renderSummaryForWorker } from './summary/worker-summary';
import {
  isSummaryRequest,
  isWorkshopPdfRequest,
  type PdfRequest,
  type PdfResponse,
  type SummaryPdfRequest,
  type WorkshopPdfRequest,
} from './worker-protocol';
import { handleWorkshopPdfRequest } from './workshop-worker';

declare const self: DedicatedWorkerGlobalScope;

registerPdfFontsForBrowser();

function reply(response: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

self.addEventListener('message', (event: MessageEvent<PdfRequest | SummaryPdfRequest | WorkshopPdfRequest>) => {
  if (isSummaryRequest(event.data)) {
    void renderSummaryForWorker(event.data, reply);
    return;
  }
  if (isWorkshopPdfRequest(event.data)) {
    void handleWorkshopPdfRequest(event.data, reply);
    return;
  }
  const { id, plan, language, paperSize, printedAt, resources, allowUnprintable } = event.data;
  void (async () => {
    try {
      reply({ id, kind: 'progress', stage: 'fonts' });
      // The currency symbol comes from Intl, not from the plan's text (฿ in a Vietnamese plan needs the Thai font).
      const money = formatMoney(1, plan.finance.currency, language);
      const fonts = await selectFonts([...allStrings(plan), ...allStrings(resources), money], language, loadFamilyCoverage).catch(
        (error: unknown) => {
          reply({ id, kind: 'failed', reason: 'fonts_unavailable', detail: String(error) });
          return null;
        },
      );
      if (!fonts) return;
      if (fonts.unprintable.length && !allowUnprintable) {
        reply({ id, kind: 'unprintable', characters: fonts.unprintable });
        return;
      }
      reply({ id, kind: 'progress', stage: 'layout' });
      const t = await createPdfTranslator(language, resources);
      const bytes = await renderPlanPdf({
        plan: printableText(plan, fonts),
        t,
        language,
        paperSize,
        printedAt: new Date(printedAt),
        fontStack: fonts.stack,
      });
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      reply({ id, kind: 'done', bytes: buffer }, [buffer]);
    } catch (error) {
      reply({ id, kind: 'failed', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  })();
});
