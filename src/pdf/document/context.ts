/**
 * What every part of the printed plan needs: the plan's facts, formatters and look-ups in the PDF language
 * (plan-facts.ts, shared with the Word document of src/docx) and the styles, built once per render.
 */
import type { PdfReuse } from '@react-pdf/layout';
import type { TFunction } from 'i18next';
import type { Plan } from '../../domain';
import type { LanguageCode } from '../../i18n/languages';
import { fontStackFor, type PdfFontFamily } from '../fonts';
import { createPlanFacts, type PlanFacts } from './plan-facts';
import { contentWidthOf, pdfStyles, type PdfStyles } from './styles';

export { EMPTY } from './plan-facts';

export type PaperSize = 'A4' | 'LETTER';

export interface PlanDocumentProps {
  plan: Plan;
  /** An i18next `t` bound to the PDF language, with the namespaces of PDF_NAMESPACES (translator.ts). */
  t: TFunction;
  language: LanguageCode;
  paperSize: PaperSize;
  printedAt: Date;
  /**
   * The font families to set every text in, in fallback order. Default: fontStackFor(language). A caller
   * may pass the part of that stack the plan's characters need (missing-glyphs.ts selectFonts), so that
   * the large CJK fonts are not loaded for a plan that does not use them.
   */
  fontStack?: readonly PdfFontFamily[];
  /** What the last render of this plan kept (src/pdf/reprint.ts): a re-print lays out and draws again only the
   * parts whose content changed. */
  reuse?: PdfReuse;
}

export interface PdfContext extends PlanFacts {
  styles: PdfStyles;
  /** The width between the side margins, in points: the width of every table. */
  contentWidth: number;
}

export function createPdfContext({ plan, t, language, printedAt, paperSize, fontStack }: PlanDocumentProps): PdfContext {
  return {
    ...createPlanFacts({ plan, t, language, printedAt }),
    styles: pdfStyles(fontStack ?? fontStackFor(language), paperSize),
    contentWidth: contentWidthOf(paperSize),
  };
}
