/**
 * Browser / Web Worker entry of the font registry: react-pdf fetches each font from its asset URL
 * (see font-urls.ts) on first use, and each slice of the Chinese, Japanese and Korean fonts only when a
 * PDF's text needs it (the service worker keeps the slices fetched, see vite.config.ts). Node uses
 * `./fonts-node.ts` instead.
 */
import manifest from './fonts/generated/font-manifest.json';
import { parseFontManifest } from './font-slices';
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

/** The slices as hashed assets: Vite emits every file of the folder; the worker fetches only what it needs. */
const SLICE_URLS = import.meta.glob<string>('./fonts/generated/slices/*.ttf', { query: '?url', import: 'default', eager: true });

const browserFontSource: PdfFontSource = (file) => {
  const url = FONT_URLS.get(file) ?? SLICE_URLS[`./fonts/generated/slices/${file}`];
  if (url === undefined) throw new Error(`Unknown PDF font file ${file}`);
  return url;
};

export function registerPdfFontsForBrowser(): void {
  registerPdfFonts(browserFontSource, parseFontManifest(manifest));
}
