/**
 * How wide a text is set in the PDF's fonts, estimated without the fonts (they are loaded only while
 * react-pdf lays the document out): from the advance widths of Noto Sans Bold for ASCII, and per script
 * for the rest. Every estimate is rounded up and uses the Bold face, so a text estimated to fit does fit,
 * in Regular or Bold. Used to cut the running header to one line and to give table columns the width of
 * their longest label word. Pure.
 */

/** Advance widths of Noto Sans Bold for U+0020–U+007E, in hundredths of an em (rounded up). */
const ASCII = [
  26, 29, 48, 65, 58, 91, 75, 27, 34, 34, 55, 58, 29, 32, 29, 42, 58, 58, 58, 58, 58, 58, 58, 58, 58, 58, 29, 29, 58, 58, 58, 48, 90, 70,
  67, 65, 74, 57, 55, 73, 77, 39, 34, 67, 56, 95, 82, 80, 63, 80, 66, 56, 58, 76, 65, 97, 67, 63, 58, 34, 42, 34, 58, 42, 37, 60, 64,
  52, 64, 60, 39, 64, 65, 30, 30, 62, 30, 98, 65, 63, 64, 64, 45, 51, 44, 65, 58, 86, 58, 58, 50, 40, 56, 40, 58,
];

/** Full-width characters: CJK ideographs, kana, Hangul, CJK punctuation and full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFF}]/u;
/** Marks drawn over or under the character before them (Thai vowels and tone marks among them). */
const MARK = /\p{M}/u;
/** The widest Thai letters of Noto Sans Thai Bold (0.94–0.95 em); the others are at most 0.73 em. */
const WIDE_THAI = new Set([...'ญฐฒณ']);
const THAI = /[\u0E00-\u0E7F]/u;

/** The width of one character in ems. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (ASCII[code - 0x20] ?? 100) / 100;
  if (MARK.test(char)) return 0;
  if (WIDE.test(char)) return 1;
  if (THAI.test(char)) return WIDE_THAI.has(char) ? 0.95 : 0.73;
  // an accented Latin letter is as wide as its base letter; anything else is given a generous width
  const base = char.normalize('NFD').charAt(0);
  const baseCode = base.codePointAt(0) ?? 0;
  if (base !== char && baseCode >= 0x20 && baseCode <= 0x7e) return (ASCII[baseCode - 0x20] ?? 100) / 100;
  return 1;
}

/** The estimated width of `text` in points, at `fontSize`. Never less than the real width. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

const ELLIPSIS = '…';

/** `text` cut so that it fits `width` points on one line at `fontSize`, with an ellipsis where it was cut. */
export function fitToWidth(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const budget = width - textWidth(ELLIPSIS, fontSize);
  let used = 0;
  let cut = '';
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    used += textWidth(segment, fontSize);
    if (used > budget) break;
    cut += segment;
  }
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
