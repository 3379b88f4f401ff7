/**
 * Fonts and languages of the Word document, per script.
 *
 * Word picks the font of each character from one of four slots of a run's w:rFonts: ascii (U+0000–007F),
 * hAnsi (other Latin, Vietnamese), eastAsia (Han, kana, Hangul, and with w:hint="eastAsia" the punctuation
 * the two share) and cs (complex scripts: Thai). The language of each character comes from the matching
 * attribute of w:lang: val, eastAsia, bidi (the "complex script" language; Thai goes there, not in val).
 * LibreOffice reads the same slots and languages (Western, Asian, CTL), and its fallback (fontconfig)
 * chooses by the language, so the language is what makes a Han character print as Traditional Chinese,
 * Simplified Chinese or Japanese on a machine without the named font.
 *
 * Fallbacks. A w:rFonts attribute holds one family name and Word has no fallback list there (a "A;B" name
 * is one unknown font in Word). So every run names the Noto family the PDF uses, and word/fontTable.xml
 * describes each of those families the way Word's own font substitution reads them (ECMA-376 Part 1
 * §17.8.3): w:altName names the platform's usual font for the script (Leelawadee UI, Microsoft JhengHei,
 * Microsoft YaHei, Yu Gothic), and w:charset, w:panose1, w:family, w:pitch and w:sig (the Unicode and code
 * page ranges, copied from the Noto fonts' OS/2 tables) let Word find the nearest installed sans-serif font
 * of that script when neither is there (Tahoma for Thai, PMingLiU for Traditional Chinese, Meiryo for
 * Japanese). LibreOffice keeps the names and falls back by language. No font is embedded.
 */
import type { LanguageCode } from '../i18n/languages';

export type DocxFontFamily = 'Noto Sans' | 'Noto Sans Thai' | 'Noto Sans TC' | 'Noto Sans SC' | 'Noto Sans JP' | 'Noto Sans KR';

interface FontDescription {
  /** The platform's usual font for the script, written as w:altName. */
  altName: string;
  /** The Windows character set of the script (w:charset). */
  charset: string;
  panose: string;
  /** w:sig: usb0–usb3 (Unicode ranges) and csb0–csb1 (code pages), from the font's OS/2 table. */
  sig: readonly [string, string, string, string, string, string];
}

/** Every family a run may name, in the order of the font table. */
export const FONT_TABLE: Readonly<Record<DocxFontFamily, FontDescription>> = {
  'Noto Sans': {
    altName: 'Arial',
    charset: '00',
    panose: '020B0502040504020204',
    sig: ['E00002FF', '4000201F', '08000029', '00100000', '0000019F', '00000000'],
  },
  'Noto Sans Thai': {
    altName: 'Leelawadee UI',
    charset: 'DE',
    panose: '020B0502040504020204',
    sig: ['81000063', '00002000', '00000000', '00000000', '00010093', '00000000'],
  },
  'Noto Sans TC': {
    altName: 'Microsoft JhengHei',
    charset: '88',
    panose: '020B0200000000000000',
    sig: ['20000083', '2ADF3C10', '00000016', '00000000', '60120107', '00000000'],
  },
  'Noto Sans SC': {
    altName: 'Microsoft YaHei',
    charset: '86',
    panose: '020B0200000000000000',
    sig: ['20000083', '2ADF3C10', '00000016', '00000000', '60060107', '00000000'],
  },
  'Noto Sans JP': {
    altName: 'Yu Gothic',
    charset: '80',
    panose: '020B0200000000000000',
    sig: ['20000083', '2ADF3C10', '00000016', '00000000', '60060107', '00000000'],
  },
  'Noto Sans KR': {
    altName: 'Malgun Gothic',
    charset: '81',
    panose: '020B0200000000000000',
    sig: ['30000083', '2BDF3C10', '00000016', '00000000', '602E0107', '00000000'],
  },
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml: the families the document names, with what Word needs to substitute them. */
export function fontTableXml(): string {
  const fonts = Object.entries(FONT_TABLE).map(
    ([name, font]) =>
      `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(font.altName)}"/><w:panose1 w:val="${font.panose}"/>` +
      `<w:charset w:val="${font.charset}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
      `<w:sig w:usb0="${font.sig[0]}" w:usb1="${font.sig[1]}" w:usb2="${font.sig[2]}" w:usb3="${font.sig[3]}" w:csb0="${font.sig[4]}" w:csb1="${font.sig[5]}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

/** The language tag of Latin text (w:lang val) in a document of each language. Thai, Chinese and Japanese
 * documents have their own script in another slot; their Latin text (names, e-mail addresses) is English. */
const LATIN_LANGUAGE: Readonly<Record<LanguageCode, string>> = {
  en: 'en-US',
  id: 'id-ID',
  es: 'es-ES',
  vi: 'vi-VN',
  th: 'en-US',
  'zh-Hant': 'en-US',
  'zh-Hans': 'en-US',
  ja: 'en-US',
};

/** The East Asian family and language of a Chinese or Japanese document. */
const EAST_ASIAN: Partial<Record<LanguageCode, { font: DocxFontFamily; language: string }>> = {
  'zh-Hant': { font: 'Noto Sans TC', language: 'zh-TW' },
  'zh-Hans': { font: 'Noto Sans SC', language: 'zh-CN' },
  ja: { font: 'Noto Sans JP', language: 'ja-JP' },
};

const THAI = /[\u0E00-\u0E7F]/u;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
const HAN = /\p{Script=Han}/u;
/** Characters Word sets from the eastAsia slot: Han, kana, Hangul, CJK punctuation and full-width forms. */
const EAST_ASIAN_TEXT = /[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u31F0-\u31FF\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF\uFF00-\uFFEF]/u;

export const hasThai = (text: string): boolean => THAI.test(text);
export const hasEastAsian = (text: string): boolean => EAST_ASIAN_TEXT.test(text);

export interface RunScript {
  font: { ascii: DocxFontFamily; hAnsi: DocxFontFamily; eastAsia: DocxFontFamily; cs: DocxFontFamily; hint?: 'eastAsia' };
  language: { value: string; eastAsia?: string; bidirectional?: string };
}

/**
 * The fonts and languages of a run of `text` in a document of `language`. Every run names all four
 * slots, so that text copied into another document keeps its fonts; the East Asian family of a document
 * in another language follows the characters (kana: Japanese, Hangul: Korean, other Han: Simplified
 * Chinese, as the PDF's font stack does).
 */
export function runScript(text: string, language: LanguageCode): RunScript {
  const own = EAST_ASIAN[language];
  const eastAsian =
    own ??
    (KANA.test(text)
      ? { font: 'Noto Sans JP' as const, language: 'ja-JP' }
      : HANGUL.test(text)
        ? { font: 'Noto Sans KR' as const, language: 'ko-KR' }
        : { font: 'Noto Sans SC' as const, language: 'zh-CN' });
  const eastAsianText = hasEastAsian(text);
  const thaiText = language === 'th' || hasThai(text);
  return {
    font: {
      ascii: 'Noto Sans',
      hAnsi: 'Noto Sans',
      eastAsia: eastAsian.font,
      cs: 'Noto Sans Thai',
      ...(own !== undefined || eastAsianText ? { hint: 'eastAsia' as const } : {}),
    },
    language: {
      value: LATIN_LANGUAGE[language],
      ...(own !== undefined || HAN.test(text) || KANA.test(text) || HANGUL.test(text) ? { eastAsia: eastAsian.language } : {}),
      ...(thaiText ? { bidirectional: 'th-TH' } : {}),
    },
  };
}
