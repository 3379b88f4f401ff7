/**
 * The fonts one PDF needs, and the characters no font can draw.
 *
 * react-pdf loads every family of a font stack before laying out, and the Chinese and Japanese fonts
 * weigh 5–10 MB each, so the stack of a document is cut down to the families its text uses: the
 * language's own script and Noto Sans, plus another family only for characters those cannot draw.
 * A character no family can draw would come out as the last font's .notdef glyph (an empty box or
 * nothing) with no error, so it is reported to the user instead (design.md habit 7).
 *
 * The choice takes the fonts' coverage as an argument, so it works wherever fonts are loaded:
 * `loadFamilyCoverage()` reads them through react-pdf's font store (after `registerPdfFonts`, in Node
 * or in the worker alike), and a test can pass any predicate.
 */
import { Font } from '@react-pdf/renderer';
import type { LanguageCode } from '../i18n/languages';
import { fontStackFor, type PdfFontFamily } from './fonts';

/** The part of a fontkit font this check needs. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontSelection {
  stack: PdfFontFamily[];
  unprintable: string[];
}

/** Characters that are never drawn as glyphs (controls, zero-width and other default-ignorables). */
const NOT_DRAWN = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Chooses the families for `texts` in `language`, loading a family's coverage only when a character
 * needs it. The result keeps the order of the language's full stack (see fontStackFor).
 */
export async function selectFonts(
  texts: readonly string[],
  language: LanguageCode,
  coverageOf: (family: PdfFontFamily) => Promise<GlyphCoverage>,
): Promise<FontSelection> {
  const full = fontStackFor(language);
  const base = new Set<PdfFontFamily>([full[0] ?? 'NotoSans', 'NotoSans']);
  const chosen = new Set<PdfFontFamily>(base);
  const loaded = new Map<PdfFontFamily, GlyphCoverage>();
  const coverage = async (family: PdfFontFamily) => {
    const known = loaded.get(family);
    if (known) return known;
    const fresh = await coverageOf(family);
    loaded.set(family, fresh);
    return fresh;
  };
  const drawnBy = async (codePoint: number, families: Iterable<PdfFontFamily>) => {
    for (const family of families) if ((await coverage(family)).hasGlyphForCodePoint(codePoint)) return family;
    return null;
  };

  const unprintable: string[] = [];
  const seen = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (seen.has(codePoint) || NOT_DRAWN.test(char)) continue;
      seen.add(codePoint);
      if (await drawnBy(codePoint, chosen)) continue;
      const family = await drawnBy(codePoint, full.filter((candidate) => !chosen.has(candidate)));
      if (family) chosen.add(family);
      else unprintable.push(char);
    }
  }
  return { stack: full.filter((family) => chosen.has(family)), unprintable };
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
 * Loads (or reuses) the Regular face of a PDF family through react-pdf's font store: the same object
 * react-pdf renders with, so the check costs no second copy of the font. Bold covers the same characters.
 */
export async function loadFamilyCoverage(family: PdfFontFamily): Promise<GlyphCoverage> {
  const descriptor = { fontFamily: family, fontWeight: 400 };
  await Font.load(descriptor);
  const font: unknown = Font.getFont(descriptor).data;
  if (!isGlyphCoverage(font)) throw new Error(`PDF font ${family} could not be loaded`);
  return font;
}
