/**
 * The PDF worker's part for a continuity summary: fonts for each language (the partner's headings in
 * the partner's fonts), unprintable characters reported first, then the PDF. Same answers as for the
 * plan (worker-protocol.ts).
 */
import { allStrings } from '../all-strings';
import { loadFamilyCoverage, printableText, selectFonts, type FontSelection } from '../missing-glyphs';
import type { PdfResponse, SummaryPdfRequest } from '../worker-protocol';
import { renderSummaryPdf } from './render-summary';
import { createSummaryTranslator } from './translators';

type Reply = (response: PdfResponse, transfer?: Transferable[]) => void;

export async function renderSummaryForWorker(request: SummaryPdfRequest, reply: Reply): Promise<void> {
  const { id, plan, language, paperSize, printedAt, resources, partner, allowUnprintable } = request;
  try {
    reply({ id, kind: 'progress', stage: 'fonts' });
    let fonts: { own: FontSelection; partner: FontSelection | null };
    try {
      fonts = {
        own: await selectFonts([...allStrings(plan), ...allStrings(resources)], language, loadFamilyCoverage),
        partner: partner === null ? null : await selectFonts(allStrings(partner.resources), partner.language, loadFamilyCoverage),
      };
    } catch (error) {
      reply({ id, kind: 'failed', reason: 'fonts_unavailable', detail: String(error) });
      return;
    }
    const unprintable = [...new Set([...fonts.own.unprintable, ...(fonts.partner?.unprintable ?? [])])];
    if (unprintable.length && !allowUnprintable) {
      reply({ id, kind: 'unprintable', characters: unprintable });
      return;
    }
    reply({ id, kind: 'progress', stage: 'layout' });
    const bytes = await renderSummaryPdf({
      plan: printableText(plan, fonts.own),
      own: { t: await createSummaryTranslator(language, resources), language, fontStack: fonts.own.stack },
      partner:
        partner === null || fonts.partner === null
          ? undefined
          : { t: await createSummaryTranslator(partner.language, partner.resources), language: partner.language, fontStack: fonts.partner.stack },
      paperSize,
      printedAt: new Date(printedAt),
    });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    reply({ id, kind: 'done', bytes: buffer }, [buffer]);
  } catch (error) {
    reply({ id, kind: 'failed', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
  }
}
