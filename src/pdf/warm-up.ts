/**
 * Warms the PDF engine while the owner looks at a print screen, so the first PDF costs what a later one
 * does: the language's fonts are loaded and parsed, and a blank plan is laid out and drawn once (yoga,
 * shaping, pagination and the PDF writer compiled and their memos filled with the document's own labels).
 * The result is thrown away.
 */
import { createPlan } from '../domain';
import type { LanguageCode } from '../i18n/languages';
import { allStrings } from './all-strings';
import { loadFamilyCoverage, selectFonts } from './missing-glyphs';
import { renderPlanPdf } from './render';
import { createPdfTranslator } from './translator';
import type { PaperSize } from './worker-protocol';

export async function warmUpPdfEngine(language: LanguageCode, paperSize: PaperSize, resources: Record<string, unknown>): Promise<void> {
  const fonts = await selectFonts(allStrings(resources), language, loadFamilyCoverage);
  await renderPlanPdf({
    plan: createPlan('', 'full'),
    t: await createPdfTranslator(language, resources),
    language,
    paperSize,
    printedAt: new Date(),
    fontStack: fonts.stack,
  });
}
