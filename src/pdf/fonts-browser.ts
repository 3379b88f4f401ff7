/**
 * Browser / Web Worker entry of the font registry: the TTFs are imported with `?url`, so Vite emits
 * them as hashed assets (`dist/assets/NotoSansTC-Regular-<hash>.ttf`) and react-pdf fetches them on
 * first use. Node uses `./fonts-node.ts` instead.
 */
import notoSansBold from './fonts/generated/NotoSans-Bold.ttf?url';
import notoSansRegular from './fonts/generated/NotoSans-Regular.ttf?url';
import notoSansJpBold from './fonts/generated/NotoSansJP-Bold.ttf?url';
import notoSansJpRegular from './fonts/generated/NotoSansJP-Regular.ttf?url';
import notoSansScBold from './fonts/generated/NotoSansSC-Bold.ttf?url';
import notoSansScRegular from './fonts/generated/NotoSansSC-Regular.ttf?url';
import notoSansTcBold from './fonts/generated/NotoSansTC-Bold.ttf?url';
import notoSansTcRegular from './fonts/generated/NotoSansTC-Regular.ttf?url';
import notoSansThaiBold from './fonts/generated/NotoSansThai-Bold.ttf?url';
import notoSansThaiRegular from './fonts/generated/NotoSansThai-Regular.ttf?url';
import { pdfFontFile, registerPdfFonts, type PdfFontSource } from './fonts';

const FONT_URLS: ReadonlyMap<string, string> = new Map([
  [pdfFontFile('NotoSans', 'Regular'), notoSansRegular],
  [pdfFontFile('NotoSans', 'Bold'), notoSansBold],
  [pdfFontFile('NotoSansThai', 'Regular'), notoSansThaiRegular],
  [pdfFontFile('NotoSansThai', 'Bold'), notoSansThaiBold],
  [pdfFontFile('NotoSansTC', 'Regular'), notoSansTcRegular],
  [pdfFontFile('NotoSansTC', 'Bold'), notoSansTcBold],
  [pdfFontFile('NotoSansSC', 'Regular'), notoSansScRegular],
  [pdfFontFile('NotoSansSC', 'Bold'), notoSansScBold],
  [pdfFontFile('NotoSansJP', 'Regular'), notoSansJpRegular],
  [pdfFontFile('NotoSansJP', 'Bold'), notoSansJpBold],
]);

/** The asset URL of a file of PDF_FONT_FILES (also what a "make this language available offline" action fetches). */
export const browserFontSource: PdfFontSource = (file) => {
  const url = FONT_URLS.get(file);
  if (url === undefined) throw new Error(`Unknown PDF font file ${file}`);
  return url;
};

export function registerPdfFontsForBrowser(): void {
  registerPdfFonts(browserFontSource);
}
