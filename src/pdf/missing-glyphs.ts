/**
 * Characters that no font of a language's stack can draw.
 *
 * react-pdf gives no error for them: it draws the last font's .notdef glyph (an empty box or nothing), so
 * the app checks the plan's texts before rendering and tells the user (design.md habit 7).
 *
 * The check itself is pure and takes the fonts' coverage as an argument, so it works wherever fonts are
 * loaded: `loadPdfFontCoverage()` below reads the fonts react-pdf has already loaded (after
 * `registerPdfFonts`, in Node or in the worker alike), and a test can pass any predicate.
 */
import { Font } from '@react-pdf/renderer';
import type { LanguageCode } from '../i18n/languages';
import { fontStackFor, type PdfFontFamily } from './fonts';

/** The part of a fontkit font this check needs. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The coverage of each PDF font family (its Regular face; Bold covers the same characters). */
export type PdfFontCoverage = Readonly<Record<PdfFontFamily, GlyphCoverage>>;

/** Control characters and default-ignorable code points (zero-width joiners and spaces, variation
 * selectors, soft hyphen, BOM): never drawn as glyphs (fontkit hides default ignorables). */
const NOT_DRAWN = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * The distinct characters (code points, in order of first appearance) of `texts` that no family of the
 * language's font stack has a glyph for. Whitespace-like controls and default-ignorable code points are
 * not reported.
 */
export function findUnprintableCharacters(
  texts: readonly string[],
  language: LanguageCode,
  coverage: PdfFontCoverage,
): string[] {
  const stack = fontStackFor(language).map((family) => coverage[family]);
  const seen = new Set<number>();
  const missing: string[] = [];
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (seen.has(codePoint)) continue;
      seen.add(codePoint);
      if (NOT_DRAWN.test(char)) continue;
      if (!stack.some((font) => font.hasGlyphForCodePoint(codePoint))) missing.push(char);
    }
  }
  return missing;
}

function isGlyphCoverage(value: unknown): value is GlyphCoverage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'hasGlyphForCodePoint' in value &&
    typeof value.hasGlyphForCodePoint === 'function'
  );
}

/**
 * Loads (or reuses) the Regular face of every PDF family through react-pdf's font store and returns their
 * coverage. Call `registerPdfFonts` first. The fonts are the same objects react-pdf renders with, so the
 * check costs no second copy of the fonts in memory.
 */
export async function loadPdfFontCoverage(): Promise<PdfFontCoverage> {
  const load = async (family: PdfFontFamily): Promise<GlyphCoverage> => {
    const descriptor = { fontFamily: family, fontWeight: 400 };
    await Font.load(descriptor);
    const font: unknown = Font.getFont(descriptor).data;
    if (!isGlyphCoverage(font)) throw new Error(`PDF font ${family} could not be loaded`);
    return font;
  };
  const [NotoSans, NotoSansThai, NotoSansTC, NotoSansSC, NotoSansJP] = await Promise.all([
    load('NotoSans'),
    load('NotoSansThai'),
    load('NotoSansTC'),
    load('NotoSansSC'),
    load('NotoSansJP'),
  ]);
  return { NotoSans, NotoSansThai, NotoSansTC, NotoSansSC, NotoSansJP };
}
