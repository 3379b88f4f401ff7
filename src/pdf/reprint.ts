/**
 * Re-print after an edit (docs/pdf-engine.md, "Re-print after an edit"): the patched engine keeps, per printed
 * plan, the laid-out content of each part that starts a page (a step, an appendix) and the drawn content of
 * each page, and the next print of the same plan lays out and draws again only the parts whose content
 * changed; the running header and footer ("Page x of y", the plan's version) are laid out for every page.
 * What is kept is matched by content, so an outdated part is never reused; it is kept per plan, language,
 * paper and fonts because the drawn pages name the glyphs of that document's font subsets.
 * Kept in the worker's memory only, for the last few plans printed.
 */
import { createPdfReuse, type PdfReuse } from '@react-pdf/layout';
import type { LanguageCode } from '../i18n/languages';
import { RecentlyUsed } from './recently-used';
import type { PaperSize } from './worker-protocol';

export interface ReprintKey {
  planId: string;
  language: LanguageCode;
  paperSize: PaperSize;
  fontStack: readonly string[];
}

/** The kept layout and drawing of the last `limit` plans printed, least recently printed first out. */
export class PlanReprints {
  private readonly kept: RecentlyUsed<PdfReuse>;

  constructor(limit: number) {
    this.kept = new RecentlyUsed(limit);
  }

  /** What the last print of this plan kept; the same object goes to this print, which updates it. */
  reuseFor({ planId, language, paperSize, fontStack }: ReprintKey): PdfReuse {
    return this.kept.get(JSON.stringify([planId, language, paperSize, fontStack]), createPdfReuse);
  }
}
