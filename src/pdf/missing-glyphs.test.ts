import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import { registerPdfFontsForNode } from './fonts-node';
import { findUnprintableCharacters, loadPdfFontCoverage, type PdfFontCoverage } from './missing-glyphs';

describe('findUnprintableCharacters with a made-up coverage', () => {
  const latinOnly = { hasGlyphForCodePoint: (codePoint: number) => codePoint < 0x250 };
  const nothing = { hasGlyphForCodePoint: () => false };
  const coverage: PdfFontCoverage = {
    NotoSans: latinOnly,
    NotoSansThai: nothing,
    NotoSansTC: nothing,
    NotoSansSC: nothing,
    NotoSansJP: nothing,
  };

  it('reports each missing character once, in order of first appearance', () => {
    expect(findUnprintableCharacters(['abc ไทย', 'ไท 中'], 'en', coverage)).toEqual(['ไ', 'ท', 'ย', '中']);
  });

  it('ignores control characters and default-ignorable code points', () => {
    expect(findUnprintableCharacters(['a\tb\nc\u200B\u200D\uFE0F\u00AD\uFEFF'], 'en', coverage)).toEqual([]);
  });

  it('reports characters outside the BMP whole, not as surrogates', () => {
    expect(findUnprintableCharacters(['x😀y'], 'en', coverage)).toEqual(['😀']);
  });
});

describe('findUnprintableCharacters with the PDF fonts', () => {
  let coverage: PdfFontCoverage;

  beforeAll(async () => {
    registerPdfFontsForNode();
    coverage = await loadPdfFontCoverage();
  }, 60_000);

  const printable = [
    'Business continuity plan – “Sunrise Bakery & Café”, 50 % in 4 h, € 1,200.50 • № 7',
    'Người phụ trách dịch vụ Thị trấn: bà Nguyễn Thị Hồng; kiểm tra bảo hiểm, cập nhật dữ liệu',
    'Plan de continuidad: recuperación en 24 h, señal, año, pingüino ¿qué? ¡sí!',
    'Rencana kelangsungan usaha: pemasok tepung, genset cadangan',
    'แผนความต่อเนื่องทางธุรกิจ น้ำท่วม ผู้จัดการร้าน (หน้าร้าน) ราคา ฿1,500 ฯลฯ บ่อยๆ',
    '營運持續計畫「颱風」（麵包與蛋糕）',
    '业务连续性计划《台风》（面包和蛋糕）',
    '事業継続計画「台風」（パンとケーキ）ショッピングセンター、々〆ヶ ①②③ ㎡ ℃',
    '𠮷野家 (Ext-B, in Noto Sans JP only)',
  ];

  it.each(LANGUAGE_CODES)('finds nothing unprintable in ordinary text of every language (%s stack)', (language) => {
    expect(findUnprintableCharacters(printable, language, coverage)).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('reports emoji and CJK characters no font has (%s stack)', (language) => {
    const texts = ['Call us ☎ 😀 today', 'Flag 🇹🇭', 'Rare names: 𠀀 𪛖 and 𰀀'];
    expect(findUnprintableCharacters(texts, language, coverage)).toEqual([
      '😀',
      '\u{1F1F9}',
      '\u{1F1ED}',
      '\u{20000}',
      '\u{2A6D6}',
      '\u{30000}',
    ]);
  });
});
