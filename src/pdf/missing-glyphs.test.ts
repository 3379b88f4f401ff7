import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import type { PdfFontFamily } from './fonts';
import { registerPdfFontsForNode } from './fonts-node';
import { loadFamilyCoverage, selectFonts, type GlyphCoverage } from './missing-glyphs';

/** Coverage by script, standing in for the real fonts: enough to test which families get chosen. */
const SCRIPTS: Record<PdfFontFamily, RegExp> = {
  NotoSans: /[\p{Script=Latin}\p{Nd}\p{P}\s\u0300-\u036F]/u,
  NotoSansThai: /[\p{Script=Thai}\p{Nd}]/u,
  NotoSansTC: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u,
  NotoSansSC: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u,
  NotoSansJP: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u,
};

function fakeFonts() {
  const loaded: PdfFontFamily[] = [];
  const coverageOf = async (family: PdfFontFamily): Promise<GlyphCoverage> => {
    loaded.push(family);
    return { hasGlyphForCodePoint: (codePoint) => SCRIPTS[family].test(String.fromCodePoint(codePoint)) };
  };
  return { loaded, coverageOf };
}

describe('selectFonts', () => {
  it('needs no Chinese or Japanese font for an English plan', async () => {
    const fonts = fakeFonts();
    const selection = await selectFonts(['Sweet chilli sauce, 300 ml', 'Café Ñandú'], 'en', fonts.coverageOf);
    expect(selection).toEqual({ stack: ['NotoSans'], unprintable: [] });
    expect(fonts.loaded).toEqual(['NotoSans']);
  });

  it('adds the fonts that mixed text needs, in the order of the language’s stack', async () => {
    const fonts = fakeFonts();
    const selection = await selectFonts(['น้ำท่วม', '台灣食品行', 'Hưng Yên'], 'th', fonts.coverageOf);
    expect(selection.stack).toEqual(['NotoSansThai', 'NotoSans', 'NotoSansTC']);
    expect(selection.unprintable).toEqual([]);
  });

  it('takes kana from the Japanese font when a Chinese font comes first', async () => {
    const selection = await selectFonts(['東京の工場'], 'zh-Hant', fakeFonts().coverageOf);
    expect(selection.stack).toEqual(['NotoSansTC', 'NotoSans', 'NotoSansJP']);
  });

  it('reports characters that no font can draw, once each', async () => {
    const selection = await selectFonts(['Ready 😀 😀', '\u200bok'], 'vi', fakeFonts().coverageOf);
    expect(selection.unprintable).toEqual(['😀']);
  });
});

describe('selectFonts with the PDF fonts', () => {
  beforeAll(() => registerPdfFontsForNode());

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

  it.each(LANGUAGE_CODES)('finds nothing unprintable in ordinary text of every language (%s)', async (language) => {
    expect((await selectFonts(printable, language, loadFamilyCoverage)).unprintable).toEqual([]);
  }, 60_000);

  it.each(LANGUAGE_CODES)('reports emoji and CJK characters no font has (%s)', async (language) => {
    const texts = ['Call us ☎ 😀 today', 'Flag 🇹🇭', 'Rare names: 𠀀 𪛖 and 𰀀'];
    expect((await selectFonts(texts, language, loadFamilyCoverage)).unprintable).toEqual([
      '😀',
      '\u{1F1F9}',
      '\u{1F1ED}',
      '\u{20000}',
      '\u{2A6D6}',
      '\u{30000}',
    ]);
  }, 60_000);

  it('prints a Vietnamese plan with Noto Sans alone', async () => {
    expect((await selectFonts(printable.slice(0, 4), 'vi', loadFamilyCoverage)).stack).toEqual(['NotoSans']);
  });
});
