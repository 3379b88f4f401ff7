/**
 * The PDF worker's part for an incident report: fonts for the plan's text (incidents included) and the
 * report's strings, unprintable characters reported first, then the PDF. Same answers as for the plan
 * (worker-protocol.ts).
 */
import { allStrings } from '../all-strings';
import { loadFamilyCoverage, printableText, selectFonts } from '../missing-glyphs';
import type { IncidentReportRequest, PdfResponse } from '../worker-protocol';
import { renderIncidentReportPdf } from './render-incident-report';
import { createIncidentReportTranslator } from './translators';

type Reply = (response: PdfResponse, transfer?: Transferable[]) => void;

export async function renderIncidentReportForWorker(request: IncidentReportRequest, reply: Reply): Promise<void> {
  const { id, plan, incidentId, language, paperSize, printedAt, resources, allowUnprintable } = request;
  try {
    reply({ id, kind: 'progress', stage: 'fonts' });
    const fonts = await selectFonts([...allStrings(plan), ...allStrings(resources)], language, loadFamilyCoverage).catch((error: unknown) => {
      reply({ id, kind: 'failed', reason: 'fonts_unavailable', detail: String(error) });
      return null;
    });
    if (!fonts) return;
    if (fonts.unprintable.length && !allowUnprintable) {
      reply({ id, kind: 'unprintable', characters: fonts.unprintable });
      return;
    }
    reply({ id, kind: 'progress', stage: 'layout' });
    const bytes = await renderIncidentReportPdf({
      plan: printableText(plan, fonts),
      incidentId,
      t: await createIncidentReportTranslator(language, resources),
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
}
