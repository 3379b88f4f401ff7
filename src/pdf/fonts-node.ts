/**
 * Node entry of the font registry (unit tests, a command-line renderer): fonts are read from
 * `src/pdf/fonts/generated/` as files. The browser and the worker use `./fonts-browser.ts` instead.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerPdfFonts, type PdfFontSource } from './fonts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fonts', 'generated');

/** The absolute path of a file of PDF_FONT_FILES. */
export const nodeFontSource: PdfFontSource = (file) => join(FONT_DIR, file);

export function registerPdfFontsForNode(): void {
  registerPdfFonts(nodeFontSource);
}
