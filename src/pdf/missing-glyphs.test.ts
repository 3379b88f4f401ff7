import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import type { PdfFontFamily } from './fonts';
import { registerPdfFontsForNode } from './fonts-node';
import { loadFamilyCoverage, PLACEHOLDER, printableText, selectFonts, type GlyphCoverage } from './missing-glyphs';

/** Coverage by script, standing in for the real fonts: enough to test which families get chosen. */
const SCRIPTS: Partial<Record<PdfFontFamily, RegExp>> = {
  NotoSans: /[\p{Script=Latin}\p{Nd}\p{P}\s\u0300-\u036F\uFFFD]/u,
  NotoSansThai: /[\p{Script=Thai}\p{Nd}]/u,
  NotoSansTC: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u,
  NotoSansSC: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u,
  NotoSansJP: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u,
};

function fakeFonts() {
  const loaded: PdfFontFamily[] = [];
  const coverageOf = async (family: PdfFontFamily): Promise<GlyphCoverage> => {
    loaded.push(family);
    return { hasGlyphForCodePoint: (codePoint) => SCRIPTS[family]?.test(String.fromCodePoint(codePoint)) ?? false };
  };
  return { loaded, coverageOf };
}

describe('selectFonts', () => {
  it('needs no Chinese or Japanese font for an English plan', async () => {
    const fonts = fakeFonts();
    const selection = await selectFonts(['Sweet chilli sauce, 300 ml', 'Café Ñandú'], 'en', fonts.coverageOf);
    expect(selection).toEqual({ stack: ['NotoSans'], unprintable: [], ignorable: [] });
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

  it('reports characters that no font can draw, once each, and leaves out invisible ones', async () => {
    const selection = await selectFonts(['Ready 😀 😀', '\u200bok'], 'vi', fakeFonts().coverageOf);
    expect(selection.unprintable).toEqual(['😀']);
    expect(selection.ignorable).toEqual(['\u200b']);
    expect(printableText({ name: 'Ready 😀\u200b', staff: [{ phone: '😀1' }], at: 3 }, selection)).toEqual({
      name: `Ready ${PLACEHOLDER}`,
      staff: [{ phone: `${PLACEHOLDER}1` }],
      at: 3,
    });
  });

  it('reports a character whose language pack cannot be loaded, instead of failing', async () => {
    const fonts = fakeFonts();
    const offline = async (family: PdfFontFamily) => {
      if (family === 'NotoSansTC') throw new TypeError('Failed to fetch');
      return fonts.coverageOf(family);
    };
    const selection = await selectFonts(['Hà Nội 台'], 'vi', offline);
    expect(selection.stack).not.toContain('NotoSansTC');
    expect(selection.unprintable).toEqual([]);
    await expect(selectFonts(['台'], 'zh-Hant', offline)).rejects.toThrow('Failed to fetch');
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
    '事業継続計画「台風」（パンとケーキ）ショッピングセンター、々〆ヶ ①②③ ㎡ ℃ ㈱ ☎ → ✓ ■',
  ];

  it.each(LANGUAGE_CODES)('finds nothing unprintable in ordinary text of every language (%s)', async (language) => {
    expect((await selectFonts(printable, language, loadFamilyCoverage)).unprintable).toEqual([]);
  }, 60_000);

  it.each(LANGUAGE_CODES)('reports emoji, Khmer and CJK characters no font has (%s)', async (language) => {
    const texts = ['Call us ☎️ 😀 today', 'Flag 🇹🇭', 'ភ្នំពេញ', 'Rare: 𪛖 and 𰀀'];
    const selection = await selectFonts(texts, language, loadFamilyCoverage);
    expect(selection.unprintable).toEqual(['😀', '\u{1F1F9}', '\u{1F1ED}', ...'ភ្នំពេញ', '\u{2A6D6}', '\u{30000}']);
    expect(selection.ignorable).toEqual(['\uFE0F']);
    expect(selection.stack).toContain('NotoSans'); // draws the placeholder
  }, 60_000);

  // Characters outside the core subsets of the language packs come from slices of the full fonts.
  it.each([
    ['zh-Hant', '林志堃 陳建喆', ['NotoSansTC', 'NotoSansTC-', 'NotoSans']],
    ['zh-Hans', '李镕 王喆', ['NotoSansSC', 'NotoSansSC-', 'NotoSans']],
    ['ja', '𠮷田', ['NotoSansJP', 'NotoSansJP-', 'NotoSans']],
    ['vi', 'Nhà cung cấp 김민준', ['NotoSans', 'NotoSansKR-']],
    ['en', 'Supplier 林志堃', ['NotoSans', 'NotoSansTC', 'NotoSansTC-']],
    ['zh-Hans', '林志堃', ['NotoSansSC', 'NotoSansSC-', 'NotoSans']],
  ] as const)('draws rare name characters in %s from a slice of the right font: %s', async (language, text, families) => {
    const selection = await selectFonts([text], language, loadFamilyCoverage);
    expect(selection.unprintable).toEqual([]);
    expect([...new Set(selection.stack.map((family) => family.replace(/\d+$/, '')))]).toEqual(families);
  });

  it('loads no language pack to find that a Korean name needs only Korean slices', async () => {
    const loaded: PdfFontFamily[] = [];
    const recording = async (family: PdfFontFamily) => {
      loaded.push(family);
      return loadFamilyCoverage(family);
    };
    const selection = await selectFonts(['Supplier 김민준', 'Emoji 😀'], 'en', recording);
    expect(selection.unprintable).toEqual(['😀']);
    expect(loaded.filter((family) => /^NotoSans(TC|SC|JP)$/.test(family))).toEqual([]);
    expect(loaded.filter((family) => family.startsWith('NotoSansKR-')).length).toBe(3);
  });

  it('prints a Vietnamese plan with Noto Sans alone', async () => {
    expect((await selectFonts(printable.slice(0, 4), 'vi', loadFamilyCoverage)).stack).toEqual(['NotoSans']);
  });

  // The Chinese and Japanese fonts are subsets (scripts/copy-pdf-fonts.mjs): their Han ideographs are cut
  // down to the standard repertoire of the script plus the characters of the locale files.

  it.each([
    // first and last character of each repertoire, and everyday words
    ['zh-Hant', 'NotoSansTC', '一龘 臺灣的颱風、營運持續計畫'], // Big5 0xA440, 0xF9D5
    ['zh-Hans', 'NotoSansSC', '啊齄 业务连续性计划，们这样'], // GB2312 0xB0A1, 0xF7FE
    ['ja', 'NotoSansJP', '亜熙 事業継続計画、漢字かなカナ'], // JIS X 0208 0x3021, 0x7426
  ] as const)('prints common %s characters with its own font alone', async (language, family, text) => {
    expect(await selectFonts([text], language, loadFamilyCoverage)).toEqual({
      stack: [family, 'NotoSans'],
      unprintable: [],
      ignorable: [],
    });
  });

  it.each([
    // Characters of the repertoire the source font itself has no glyph for (not lost by subsetting).
    ['NotoSansTC', 'Big5', () => decodeTwoByte('big5', range(0xa1, 0xf9), [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]), ['ˍ', '≒']],
    ['NotoSansSC', 'GB2312', () => decodeTwoByte('gbk', range(0xa1, 0xf7), range(0xa1, 0xfe)), []],
    ['NotoSansJP', 'JIS X 0208', () => decodeTwoByte('euc-jp', range(0xa1, 0xfe), range(0xa1, 0xfe)), ['≒']],
  ] as const)('keeps every character of its repertoire in %s (%s)', async (family, _name, repertoire, gaps) => {
    const coverage = await loadFamilyCoverage(family);
    const chars = repertoire();
    expect(chars.length).toBeGreaterThan(6000);
    expect(chars.filter((char) => !coverage.hasGlyphForCodePoint(char.codePointAt(0) ?? 0))).toEqual(gaps);
  });

  const STALE_FONTS =
    'a locale character is missing from a subset font: run `node scripts/copy-pdf-fonts.mjs` ' +
    '(it runs on npm install, before dev and before build) after changing locales/';

  it.each(LANGUAGE_CODES)('prints every character of every locale file with the %s stack', async (language) => {
    const texts = [...localeStrings().values()].flat();
    expect((await selectFonts(texts, language, loadFamilyCoverage)).unprintable, STALE_FONTS).toEqual([]);
  }, 60_000);

  it.each([
    ['zh-Hant', 'NotoSansTC'],
    ['zh-Hans', 'NotoSansSC'],
    ['ja', 'NotoSansJP'],
  ] as const)('draws the whole %s locale with its own font', async (language, family) => {
    const texts = localeStrings().get(language) ?? [];
    expect(texts.length).toBeGreaterThan(100);
    expect((await selectFonts(texts, language, loadFamilyCoverage)).stack, STALE_FONTS).toEqual([family, 'NotoSans']);
  });
});

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** The characters of a two-byte encoding, as scripts/copy-pdf-fonts.mjs enumerates them (private use left out). */
function decodeTwoByte(encoding: string, leads: number[], trails: number[]): string[] {
  const decoder = new TextDecoder(encoding);
  const chars: string[] = [];
  for (const lead of leads) {
    for (const trail of trails) {
      const [char, ...rest] = decoder.decode(Uint8Array.of(lead, trail));
      if (char === undefined || rest.length > 0 || char === '\uFFFD' || /\p{Co}/u.test(char)) continue;
      chars.push(char);
    }
  }
  return [...new Set(chars)];
}

/** The strings (keys and values) of every JSON file under locales/, by language folder. */
function localeStrings(): Map<string, string[]> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
  const strings = new Map<string, string[]>();
  const collect = (value: unknown, into: string[]): void => {
    if (typeof value === 'string') into.push(value);
    else if (Array.isArray(value)) for (const item of value) collect(item, into);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        into.push(key);
        collect(item, into);
      }
  };
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.json')) continue;
    const language = file.split(/[/\\]/)[0] ?? '';
    const into = strings.get(language) ?? [];
    strings.set(language, into);
    collect(JSON.parse(readFileSync(join(root, file), 'utf8')), into);
  }
  return strings;
}
