/**
 * The PDF font registry: one Noto Sans family per script, Regular and Bold, registered with react-pdf,
 * plus a font stack per app language that also covers the other scripts (user-entered names).
 *
 * Where the font files come from depends on the environment, so the caller passes a `source`:
 * - Node (tests, command-line renderer): `./fonts-node.ts` (file paths);
 * - browser and Web Worker: `./fonts-browser.ts` (URLs of the assets Vite emits).
 * The TTFs are copied into `src/pdf/fonts/generated/` by `scripts/copy-pdf-fonts.mjs` (postinstall).
 *
 * TTF only: WOFF is unusably slow for CJK and WOFF2 breaks subsetting (shared/notes/pdf-and-offline.md §2).
 */
import { Font } from '@react-pdf/renderer';
import type { LanguageCode } from '../i18n/languages';
import type { FontManifest, FontSlice, SliceFontFamily } from './font-slices';
import { breakWord } from './line-breaking';

/** The families installed as whole files (the Chinese and Japanese ones as core subsets, see font-slices.ts). */
export const PDF_FONT_FAMILIES = ['NotoSans', 'NotoSansThai', 'NotoSansTC', 'NotoSansSC', 'NotoSansJP'] as const;
export type CoreFontFamily = (typeof PDF_FONT_FAMILIES)[number];
/** A family of a font stack: a core family or a slice of a Chinese, Japanese or Korean font. */
export type PdfFontFamily = CoreFontFamily | SliceFontFamily;

export const PDF_FONT_WEIGHTS = ['Regular', 'Bold'] as const;
export type PdfFontWeight = (typeof PDF_FONT_WEIGHTS)[number];

/** The file name of one font in `src/pdf/fonts/generated/`, e.g. `NotoSansTC-Bold.ttf`. */
export function pdfFontFile(family: CoreFontFamily, weight: PdfFontWeight): string {
  return `${family}-${weight}.ttf`;
}

/** Every font file the PDF can use (10 files, about 47 MB; each PDF embeds only subsets). */
export const PDF_FONT_FILES: readonly string[] = PDF_FONT_FAMILIES.flatMap((family) =>
  PDF_FONT_WEIGHTS.map((weight) => pdfFontFile(family, weight)),
);

/**
 * Maps a file name from PDF_FONT_FILES, or of a slice (FontSlice.files), to what react-pdf loads: a file
 * path in Node, a URL in the browser.
 */
export type PdfFontSource = (file: string) => string;

const registered = new Set<string>();
const registeredSlices = new Map<PdfFontFamily, FontSlice>();
const knownCoverage = new Map<PdfFontFamily, (codePoint: number) => boolean>();

function register(family: PdfFontFamily, files: Record<PdfFontWeight, string>, source: PdfFontSource): void {
  const fonts = PDF_FONT_WEIGHTS.map((weight) => ({
    src: source(files[weight]),
    fontWeight: weight === 'Bold' ? ('bold' as const) : ('normal' as const),
  })).filter((font) => !registered.has(`${family}|${font.fontWeight}|${font.src}`));
  if (fonts.length === 0) return;
  Font.register({ family, fonts });
  for (const font of fonts) registered.add(`${family}|${font.fontWeight}|${font.src}`);
}

/**
 * Registers every family (Regular = 400, Bold = `fontWeight: 'bold'`) and the app's line-break callback.
 * Safe to call more than once: a family/weight/source already registered is skipped. (react-pdf resolves a
 * face to the first source registered for its weight, so a later call with other sources has no effect.)
 *
 * Registering the callback also switches off react-pdf's default English hyphenation, which would
 * hyphenate Latin words of any language ("Noto-Sans"): Latin words are kept whole.
 */
export function registerPdfFonts(source: PdfFontSource, manifest?: FontManifest): void {
  for (const family of PDF_FONT_FAMILIES) {
    register(family, { Regular: pdfFontFile(family, 'Regular'), Bold: pdfFontFile(family, 'Bold') }, source);
    const core = manifest?.cores.get(family);
    if (core) knownCoverage.set(family, core);
  }
  for (const slice of manifest?.slices ?? []) {
    register(slice.family, slice.files, source);
    registeredSlices.set(slice.family, slice);
    knownCoverage.set(slice.family, slice.has);
  }
  Font.registerHyphenationCallback(breakWord);
}

/** The registered slice of that name, if `family` is one. */
export function fontSlice(family: PdfFontFamily): FontSlice | undefined {
  return registeredSlices.get(family);
}

/**
 * Whether `family` draws a code point, from the font manifest, without loading the font: known for the
 * slices and for the core subsets of the language packs (so that checking a character does not download
 * a pack); undefined for the other families.
 */
export function manifestCoverage(family: PdfFontFamily): ((codePoint: number) => boolean) | undefined {
  return knownCoverage.get(family);
}

/**
 * The language's stack (fontStackFor) with every registered slice: each right after the core family of
 * its font, then the Korean slices. A slice holds only characters its core family lacks, so for a Han
 * character the language's own variant still comes first, slice or not (堃 is drawn from Noto Sans TC in
 * a Traditional Chinese plan, from Noto Sans SC in a Simplified Chinese one).
 */
export function fullFontStack(language: LanguageCode): PdfFontFamily[] {
  const slicesOf = (script: string) => [...registeredSlices.values()].filter((slice) => slice.script === script).map((slice) => slice.family);
  return [...fontStackFor(language).flatMap((family): PdfFontFamily[] => [family, ...slicesOf(family)]), ...slicesOf('NotoSansKR')];
}

/**
 * The font stack of a language: its own script first, then the others, so any character a user types
 * (a Thai supplier in an English plan, a Chinese name in a Vietnamese one) is drawn by some font.
 * react-pdf picks, per character, the first family that has a glyph for it, and embeds only the
 * families actually used. For Han characters the language's own variant comes first (zh-Hant → TC,
 * zh-Hans → SC, ja → JP): the same code point has different shapes in each. Latin-script and Thai
 * plans fall back to TC, then SC, then JP.
 *
 * Note: react-pdf loads every family of the stack before laying out (about 47 MB of TTF in the worker),
 * although each PDF embeds only subsets of the fonts it uses.
 */
export function fontStackFor(language: LanguageCode): CoreFontFamily[] {
  switch (language) {
    case 'th':
      return ['NotoSansThai', 'NotoSans', 'NotoSansTC', 'NotoSansSC', 'NotoSansJP'];
    case 'zh-Hant':
      return ['NotoSansTC', 'NotoSans', 'NotoSansThai', 'NotoSansSC', 'NotoSansJP'];
    case 'zh-Hans':
      return ['NotoSansSC', 'NotoSans', 'NotoSansThai', 'NotoSansTC', 'NotoSansJP'];
    case 'ja':
      return ['NotoSansJP', 'NotoSans', 'NotoSansThai', 'NotoSansTC', 'NotoSansSC'];
    case 'en':
    case 'id':
    case 'es':
    case 'vi':
      return ['NotoSans', 'NotoSansThai', 'NotoSansTC', 'NotoSansSC', 'NotoSansJP'];
  }
}
