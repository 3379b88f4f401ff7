/**
 * The fonts one PDF needs, and the characters no font can draw.
 *
 * react-pdf loads every family of a font stack before laying out, and the Chinese and Japanese fonts
 * weigh 5–10 MB each, so the stack of a document is cut down to the families its text uses: the
 * language's own script and Noto Sans, plus another family only for characters those cannot draw. A rare
 * Chinese, Japanese or Korean character (堃, 𠮷, 김) is drawn from a slice of the full font
 * (font-slices.ts): only the slices the text needs are loaded, which in the browser means fetched.
 *
 * A character no family can draw (emoji, a script the app does not ship, or a slice that cannot be
 * fetched offline) would be drawn by react-pdf in Helvetica, a font the PDF does not embed, so it is
 * reported to the user before printing (design.md habit 7); printing anyway draws PLACEHOLDER instead
 * (printableText).
 *
 * The choice takes the fonts' coverage as an argument, so it works wherever fonts are loaded:
 * `loadFamilyCoverage()` reads them through react-pdf's font store (after `registerPdfFonts`, in Node
 * or in the worker alike), and a test can pass any predicate.
 */
import { Font } from '@react-pdf/renderer';
import type { LanguageCode } from '../i18n/languages';
import { fontSlice, fullFontStack, manifestCoverage, type PdfFontFamily } from './fonts';

/**
 * What the PDF draws for a character no font has: U+FFFD REPLACEMENT CHARACTER (a question mark in a
 * diamond), from Noto Sans, which every font stack holds (the white square U+25A1 is only in the
 * Chinese and Japanese fonts, which a plan may not have at hand offline).
 */
export const PLACEHOLDER = '\uFFFD';

/** The part of a fontkit font this check needs. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontSelection {
  stack: PdfFontFamily[];
  /** Visible characters no font of the stack draws, in order of appearance. */
  unprintable: string[];
  /** Invisible characters (such as U+FE0F) no font of the stack has: left out of the PDF. */
  ignorable: string[];
}

/** Characters that are never drawn as glyphs (controls, zero-width and other default-ignorables). */
const NOT_DRAWN = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Chooses the families for `texts` in `language`, loading a family's coverage only when a character
 * needs it. The result keeps the order of the language's full stack (see fullFontStack). A slice's
 * coverage comes from the manifest; the slices chosen are then loaded, and the characters of one that
 * cannot be loaded are unprintable.
 */
export async function selectFonts(
  texts: readonly string[],
  language: LanguageCode,
  coverageOf: (family: PdfFontFamily) => Promise<GlyphCoverage>,
): Promise<FontSelection> {
  const full = fullFontStack(language);
  // Noto Sans is always there: it also draws PLACEHOLDER.
  const base = new Set<PdfFontFamily>([full[0] ?? 'NotoSans', 'NotoSans']);
  const chosen = new Set<PdfFontFamily>(base);
  const loaded = new Map<PdfFontFamily, GlyphCoverage>();
  // The base families must load (else the language cannot print at all, and the caller says so).
  for (const family of base) loaded.set(family, await coverageOf(family));
  // Another family that cannot be loaded (a language pack not downloaded, offline) draws nothing.
  const coverage = async (family: PdfFontFamily): Promise<GlyphCoverage> => {
    try {
      return await coverageOf(family);
    } catch {
      return { hasGlyphForCodePoint: () => false };
    }
  };
  const has = async (family: PdfFontFamily, codePoint: number) => {
    const known = manifestCoverage(family);
    if (known) return known(codePoint);
    let font = loaded.get(family);
    if (!font) {
      font = await coverage(family);
      loaded.set(family, font);
    }
    return font.hasGlyphForCodePoint(codePoint);
  };
  const drawnBy = async (codePoint: number, families: Iterable<PdfFontFamily>) => {
    for (const family of families) if (await has(family, codePoint)) return family;
    return null;
  };

  const unprintable: string[] = [];
  const ignorable: string[] = [];
  // Families chosen from the manifest alone, with the characters they were chosen for: loaded afterwards.
  const unloaded = new Map<PdfFontFamily, string[]>();
  const seen = new Set<number>();
  const place = async (char: string) => {
    const codePoint = char.codePointAt(0) ?? 0;
    if (seen.has(codePoint)) return;
    seen.add(codePoint);
    const invisible = NOT_DRAWN.test(char);
    if (await drawnBy(codePoint, chosen)) return;
    const family = invisible ? null : await drawnBy(codePoint, full.filter((candidate) => !chosen.has(candidate)));
    if (family) {
      chosen.add(family);
      if (manifestCoverage(family)) unloaded.set(family, [...(unloaded.get(family) ?? []), char]);
    } else (invisible ? ignorable : unprintable).push(char);
  };
  // a character seen before is decided: no await for it (a plan holds a few hundred different characters in
  // tens of thousands)
  for (const text of texts) {
    for (const char of text) if (!seen.has(char.codePointAt(0) ?? 0)) await place(char);
  }

  // Only now are the slices and packs the text needs loaded (in the browser: fetched, or read from the
  // service worker's cache); the characters of one that cannot be loaded are unprintable.
  for (const [family, chars] of unloaded) {
    try {
      await coverageOf(family);
    } catch {
      chosen.delete(family);
      unprintable.push(...chars);
    }
  }
  return { stack: full.filter((family) => chosen.has(family)), unprintable, ignorable };
}

/**
 * `value` (a plan, or any data printed as typed) with every string made printable by `selection`'s
 * stack: an unprintable character becomes PLACEHOLDER, an invisible one no font has is left out (react-pdf
 * would otherwise draw both with Helvetica, which the PDF does not embed).
 */
export function printableText<T>(value: T, selection: FontSelection): T {
  const replaced = new Map<string, string>([
    ...selection.unprintable.map((char) => [char, PLACEHOLDER] as const),
    ...selection.ignorable.map((char) => [char, ''] as const),
  ]);
  if (replaced.size === 0) return value;
  const replace = (inner: unknown): unknown => {
    if (typeof inner === 'string') return [...inner].map((char) => replaced.get(char) ?? char).join('');
    if (Array.isArray(inner)) return inner.map(replace);
    if (inner && typeof inner === 'object' && Object.getPrototypeOf(inner) === Object.prototype) {
      return Object.fromEntries(Object.entries(inner).map(([key, field]) => [key, replace(field)]));
    }
    return inner;
  };
  // Same shape as `value`: only strings change, every object and array is rebuilt with the same keys.
  return replace(value) as T;
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
 * Loads (or reuses) a PDF family through react-pdf's font store: the same object react-pdf renders with,
 * so the check costs no second copy of the font. For a core family the Regular face is enough (Bold covers
 * the same characters, and loads when the layout needs it); a slice loads both, so that a slice fetched
 * online prints offline in either weight. A load that fails (offline) may be tried again later.
 */
export async function loadFamilyCoverage(family: PdfFontFamily): Promise<GlyphCoverage> {
  const weights = fontSlice(family) ? [400, 700] : [400];
  for (const fontWeight of weights) {
    const descriptor = { fontFamily: family, fontWeight };
    try {
      await Font.load(descriptor);
    } catch (error) {
      const source = Font.getFont(descriptor);
      if (source) source.loadResultPromise = null;
      throw error;
    }
  }
  const font: unknown = Font.getFont({ fontFamily: family, fontWeight: 400 })?.data;
  if (!isGlyphCoverage(font)) throw new Error(`PDF font ${family} could not be loaded`);
  return font;
}
