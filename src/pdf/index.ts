/**
 * The PDF engine's foundation (environment-neutral). Register the fonts through the entry of the
 * environment: `./fonts-node` (Node) or `./fonts-browser` (browser, Web Worker).
 */
export {
  fontStackFor,
  PDF_FONT_FAMILIES,
  PDF_FONT_FILES,
  PDF_FONT_WEIGHTS,
  pdfFontFile,
  registerPdfFonts,
  type PdfFontFamily,
  type PdfFontSource,
  type PdfFontWeight,
} from './fonts';
export { breakWord, keepPunctuation, NO_END, NO_START } from './line-breaking';
export {
  findUnprintableCharacters,
  loadPdfFontCoverage,
  type GlyphCoverage,
  type PdfFontCoverage,
} from './missing-glyphs';
