/**
 * Browser / Web Worker entry of the font registry: react-pdf fetches each font from its asset URL
 * (see font-urls.ts) on first use. Node uses `./fonts-node.ts` instead.
 */
import { PDF_FONT_FAMILIES, pdfFontFile, registerPdfFonts, type PdfFontSource } from './fonts';
import { PDF_FONT_URLS } from './font-urls';

const FONT_URLS: ReadonlyMap<string, string> = new Map(
  PDF_FONT_FAMILIES.flatMap((family) => {
    const [regular, bold] = PDF_FONT_URLS[family];
    return [
      [pdfFontFile(family, 'Regular'), regular],
      [pdfFontFile(family, 'Bold'), bold],
    ] as const;
  }),
);

const browserFontSource: PdfFontSource = (file) => {
  const url = FONT_URLS.get(file);
  if (url === undefined) throw new Error(`Unknown PDF font file ${file}`);
  return url;
};

export function registerPdfFontsForBrowser(): void {
  registerPdfFonts(browserFontSource);
}
