/**
 * The PDF worker's handling of the workshop kit's prints: blank worksheets and a plan's wallet cards.
 * Same steps and answers as the plan PDF (pdf.worker.ts): choose the fonts the text needs, report
 * characters no font can draw (wallet cards print what the user typed), lay out, send the bytes.
 */
import { allStrings } from './all-strings';
import { loadFamilyCoverage, printableText, selectFonts } from './missing-glyphs';
import { createPdfTranslator } from './translator';
import { renderWalletCardsPdf, WALLET_CARDS_NAMESPACES } from './wallet-cards/render';
import type { PdfResponse, WorkshopPdfRequest } from './worker-protocol';
import { renderWorksheetsPdf, WORKSHEETS_NAMESPACES } from './worksheets/render';

type Reply = (response: PdfResponse, transfer?: Transferable[]) => void;

export async function handleWorkshopPdfRequest(request: WorkshopPdfRequest, reply: Reply): Promise<void> {
  const { id, language, paperSize, resources } = request;
  try {
    reply({ id, kind: 'progress', stage: 'fonts' });
    const texts = request.kind === 'walletCards' ? [...allStrings(request.plan), ...allStrings(resources)] : allStrings(resources);
    let fonts;
    try {
      fonts = await selectFonts(texts, language, loadFamilyCoverage);
    } catch (error) {
      reply({ id, kind: 'failed', reason: 'fonts_unavailable', detail: String(error) });
      return;
    }
    if (request.kind === 'walletCards' && fonts.unprintable.length && !request.allowUnprintable) {
      reply({ id, kind: 'unprintable', characters: fonts.unprintable });
      return;
    }
    reply({ id, kind: 'progress', stage: 'layout' });
    const bytes =
      request.kind === 'worksheets'
        ? await renderWorksheetsPdf({
            t: await createPdfTranslator(language, resources, { namespaces: WORKSHEETS_NAMESPACES }),
            language,
            paperSize,
            fontStack: fonts.stack,
          })
        : await renderWalletCardsPdf({
            plan: printableText(request.plan, fonts),
            t: await createPdfTranslator(language, resources, { namespaces: WALLET_CARDS_NAMESPACES }),
            language,
            paperSize,
            printedAt: new Date(request.printedAt),
            fontStack: fonts.stack,
          });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    reply({ id, kind: 'done', bytes: buffer }, [buffer]);
  } catch (error) {
    reply({ id, kind: 'failed', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
  }
}
