/**
 * Node entry of the font registry (unit tests, a command-line renderer): fonts are read from
 * `src/pdf/fonts/generated/` as files, and the slices of the Chinese, Japanese and Korean fonts from its
 * `slices/` folder. The browser and the worker use `./fonts-browser.ts` instead.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSliceFile, parseFontManifest } from './font-slices';
import { registerPdfFonts, type PdfFontSource } from './fonts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fonts', 'generated');
const SLICE_DIR = join(FONT_DIR, 'slices');

/** The absolute path of a file of PDF_FONT_FILES or of a slice. */
export const nodeFontSource: PdfFontSource = (file) => join(isSliceFile(file) ? SLICE_DIR : FONT_DIR, file);

export function registerPdfFontsForNode(): void {
  registerPdfFonts(nodeFontSource, parseFontManifest(JSON.parse(readFileSync(join(FONT_DIR, 'font-manifest.json'), 'utf8'))));
}
