/// <reference lib="webworker" />
import { isoDay } from '../domain';
import { registerPdfFontsForBrowser } from './fonts-browser';
import { loadFamilyCoverage, printableText, selectFonts } from './missing-glyphs';
import { allStrings } from './all-strings';
import { formatMoney } from '../i18n/format';
import { cachedPdf, PdfCache } from './pdf-cache';
import { renderPlanPdf } from './render';
import { PlanReprints } from './reprint';
import { keptPdfTranslator } from './translator';
import { warmUpPdfEngine } from './warm-up';
import {
  isIncidentReportRequest,
  isSummaryRequest,
  isWarmUpRequest,
  isWorkshopPdfRequest,
  type IncidentReportRequest,
  type PdfRequest,
  type PdfResponse,
  type SummaryPdfRequest,
  type WarmUpRequest,
  type WorkshopPdfRequest,
  WORKER_READY,
} from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

registerPdfFontsForBrowser();

/** Finished plan PDFs of this worker's life, for an unchanged re-print (up to 64 MB). */
const finishedPdfs = new PdfCache(64 * 1024 * 1024);
/** What the last print kept, for a re-print of the same plan after an edit: the plan printed last only (the large
 * plan's layout and drawing take about 35 MB, a phone's worker should not hold several). */
const reprints = new PlanReprints(1);

function reply(response: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

self.addEventListener('message', (event: MessageEvent<PdfRequest | SummaryPdfRequest | WorkshopPdfRequest | WarmUpRequest | IncidentReportRequest>) => {
  // The summary's and the workshop kit's code load when first asked for: less to parse before the first plan.
  if (isSummaryRequest(event.data)) {
    const request = event.data;
    void import('./summary/worker-summary').then(({ renderSummaryForWorker }) => renderSummaryForWorker(request, reply));
    return;
  }
  if (isIncidentReportRequest(event.data)) {
    const request = event.data;
    void import('./incident-report/worker-incident-report').then(({ renderIncidentReportForWorker }) => renderIncidentReportForWorker(request, reply));
    return;
  }
  if (isWorkshopPdfRequest(event.data)) {
    const request = event.data;
    void import('./workshop-worker').then(({ handleWorkshopPdfRequest }) => handleWorkshopPdfRequest(request, reply));
    return;
  }
  if (isWarmUpRequest(event.data)) {
    const { language, paperSize, resources } = event.data;
    void warmUpPdfEngine(language, paperSize, resources).catch(() => undefined);
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
      const { bytes } = await cachedPdf(
        finishedPdfs,
        {
          plan,
          language,
          paperSize,
          printDay: isoDay(new Date(printedAt)),
          resources,
          fontStack: fonts.stack,
          unprintable: fonts.unprintable,
          template: self.location.href,
        },
        async () =>
          renderPlanPdf({
            plan: printableText(plan, fonts),
            t: await keptPdfTranslator(language, resources),
            language,
            paperSize,
            printedAt: new Date(printedAt),
            fontStack: fonts.stack,
            reuse: reprints.reuseFor({ planId: plan.id, language, paperSize, fontStack: fonts.stack }),
          }),
      );
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      reply({ id, kind: 'done', bytes: buffer }, [buffer]);
    } catch (error) {
      reply({ id, kind: 'failed', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  })();
});

// Every import has loaded: the page may send requests (a module worker whose imports fail says nothing, see
// src/app/printing/worker-call.ts).
self.postMessage(WORKER_READY);
