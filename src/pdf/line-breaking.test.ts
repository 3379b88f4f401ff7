import { describe, expect, it } from 'vitest';
import { breakLabelWord, breakWord, keepPunctuation, labelPieces, NO_END, NO_START } from './line-breaking';

/** The pieces between break opportunities (the '' parts). */
const pieces = (word: string) => breakWord(word).filter((part) => part !== '');

function expectNoEdgePunctuation(word: string): void {
  const parts = pieces(word);
  for (const [i, part] of parts.entries()) {
    const chars = Array.from(part);
    if (i > 0) expect(NO_START.has(chars[0] ?? ''), `"${part}" starts a line in ${JSON.stringify(parts)}`).toBe(false);
    if (i < parts.length - 1) {
      expect(NO_END.has(chars.at(-1) ?? ''), `"${part}" ends a line in ${JSON.stringify(parts)}`).toBe(false);
    }
  }
}

describe('breakWord', () => {
  it('returns the word when its parts are joined', () => {
    for (const word of ['น้ำท่วม', '(หน้าร้าน)', '「營運持續計畫」。', '事業継続計画（BCP）を', 'phụ', 'Noto-Sans']) {
      expect(breakWord(word).join('')).toBe(word);
    }
  });

  it('separates breakable parts with empty strings (a break without hyphen)', () => {
    expect(breakWord('ระดับน้ำ')).toEqual(['ระดับ', '', 'น้ำ']);
    expect(breakWord('計畫')).toEqual(['計', '', '畫']);
  });

  describe('Thai', () => {
    it('splits into dictionary words and keeps words with SARA AM and tone marks whole', () => {
      expect(pieces('น้ำท่วม')).toEqual(['น้ำ', 'ท่วม']);
      expect(pieces('ระดับน้ำท่วมสูง')).toEqual(['ระดับ', 'น้ำ', 'ท่วม', 'สูง']);
      expect(pieces('ลำดับความสำคัญ')).toEqual(['ลำดับ', 'ความ', 'สำคัญ']);
      expect(pieces('ผู้จำหน่าย')).toEqual(['ผู้', 'จำหน่าย']);
      for (const word of ['ต่ำ', 'ค่ำ', 'เลี้ยง', 'ทำ']) expect(pieces(word)).toEqual([word]);
    });

    it('never starts a part with a combining mark or a following vowel', () => {
      const parts = pieces('ระดับน้ำท่วมสูงขึ้นทำให้ร้านค้าต้องปิดชั่วคราวและลูกค้าต้องรอนานกว่าปกติ');
      expect(parts.length).toBeGreaterThan(5);
      for (const part of parts) expect(part).not.toMatch(/^[\p{M}\u0E30-\u0E33\u0E45]/u);
    });

    it('glues brackets to the word inside them', () => {
      expect(pieces('(หน้าร้าน)')).toEqual(['(หน้า', 'ร้าน)']);
      expect(pieces('ร้าน(หน้า)')).toEqual(['ร้าน', '(หน้า)']);
      expect(pieces('บ่อยๆ')).toEqual(['บ่อยๆ']);
      expectNoEdgePunctuation('(หน้าร้าน)');
      expectNoEdgePunctuation('[ครัวหลัก],{คลังสินค้า}.');
    });
  });

  describe('Chinese and Japanese', () => {
    it('splits per character', () => {
      expect(pieces('營運持續計畫')).toEqual(['營', '運', '持', '續', '計', '畫']);
      expect(pieces('业务连续性计划')).toEqual(['业', '务', '连', '续', '性', '计', '划']);
    });

    it('keeps runs of Latin letters and digits whole', () => {
      expect(pieces('使用BCP計畫')).toEqual(['使', '用', 'BCP', '計', '畫']);
      expect(pieces('在2024年')).toEqual(['在', '2024', '年']);
    });

    it('glues closing punctuation to the character before and opening punctuation to the one after', () => {
      expect(pieces('「營運持續計畫」。')).toEqual(['「營', '運', '持', '續', '計', '畫」。']);
      expect(pieces('計畫（BCP）、')).toEqual(['計', '畫', '（BCP）、']);
      expectNoEdgePunctuation('【重要】停電時，請聯絡：店長（王先生）！');
      expectNoEdgePunctuation('〔注〕「事業継続」『計画』を、〈毎年〉《見直す》。');
    });

    it('keeps small kana, the prolonged sound mark and iteration marks with the character before', () => {
      expect(pieces('チェックリスト')).toEqual(['チェッ', 'ク', 'リ', 'ス', 'ト']);
      expect(pieces('データ')).toEqual(['デー', 'タ']);
      expect(pieces('人々')).toEqual(['人々']);
    });

    it('never separates a character from its combining mark or variation selector', () => {
      expect(pieces('か\u3099き')).toEqual(['か\u3099', 'き']);
      expect(pieces('葛\u{E0100}飾')).toEqual(['葛\u{E0100}', '飾']);
      expectNoEdgePunctuation('ちょっとシャッターを');
    });
  });

  describe('Latin-script words', () => {
    it('are returned whole, without hyphenation', () => {
      for (const word of ['continuity', 'Noto-Sans', 'phụ', 'trách', 'Thị', 'recuperación', '(see', 'note)', 'e-mail:']) {
        expect(breakWord(word)).toEqual([word]);
      }
    });

    it('break only at soft hyphens typed by the author', () => {
      expect(breakWord('con\u00ADtinuity')).toEqual(['con', 'tinuity']);
    });

    it('too long for any column (addresses, names typed without spaces) break after punctuation, long runs anywhere', () => {
      const email = 'procurement.department@cooperative-highlands.example';
      expect(breakWord(email).join('')).toBe(email);
      expect(pieces(email)).toContain('procurement.');
      expect(pieces(email)).toContain('department@');
      const name = 'PTSumberMakmurSejahteraAbadiNusantara';
      expect(pieces(name)).toEqual(Array.from(name));
      expectNoEdgePunctuation('https://www.example.com/continuity/plan/(final).pdf');
      expect(breakWord('https://example.org')).toEqual(['https://example.org']);
    });

    it('break inside a Thai or Chinese word too, as after a label ("據點：https://…")', () => {
      const url = 'https://www.example-cooperative-highlands.example/continuity/plan/';
      for (const word of [`據點：${url}`, `สาขา${url}`]) {
        expect(breakWord(word).join('')).toBe(word);
        expect(pieces(word).filter((piece) => Array.from(piece).length > 24)).toEqual([]);
      }
    });
  });

  it('is stable and hands out copies of its memoised parts', () => {
    const first = breakWord('營運持續計畫');
    first.push('mutated');
    expect(breakWord('營運持續計畫')).toEqual(['營', '', '運', '', '持', '', '續', '', '計', '', '畫']);
  });

  it('never puts closing punctuation at a line start or opening punctuation at a line end (random words)', () => {
    const alphabet = [...'()[]{}「」『』【】〔〕（）《》“”，。：；！？%、・ー', 'หน้า', 'ร้าน', 'น้ำ', '營', '運', '计', '划', 'の', 'ッ', 'AB', '12'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n += 1) {
      let word = '';
      const length = 2 + Math.floor(random() * 12);
      for (let i = 0; i < length; i += 1) word += alphabet[Math.floor(random() * alphabet.length)];
      expect(breakWord(word).join('')).toBe(word);
      expectNoEdgePunctuation(word);
    }
  });
});

describe('keepPunctuation', () => {
  it('glues closing punctuation backwards and opening punctuation forwards', () => {
    expect(keepPunctuation(['(', 'a', 'b', ')', '.', 'c'])).toEqual(['(a', 'b).', 'c']);
    expect(keepPunctuation(['', 'a', '', 'b'])).toEqual(['a', 'b']);
  });
});

describe('breakLabelWord', () => {
  it('keeps short Thai and Chinese/Japanese label words whole', () => {
    for (const word of ['優先順序', 'เสียหาย', 'เสียหายมาก', 'รุนแรงมาก', '優先順位', '影響度']) expect(breakLabelWord(word)).toEqual([word]);
  });

  it('breaks a long CJK label only between dictionary words, a long Thai one as running text', () => {
    expect(breakLabelWord('用於關鍵產品（優先順序）').filter(Boolean)).toEqual(['用於', '關鍵', '產品', '（優先', '順序）']);
    expect(breakLabelWord('ระยะเวลาเป้าหมายในการฟื้นฟู')).toEqual(breakWord('ระยะเวลาเป้าหมายในการฟื้นฟู'));
  });

  it('leaves Latin words as running text does', () => {
    expect(breakLabelWord('Prioridad')).toEqual(['Prioridad']);
  });
});

describe('labelPieces', () => {
  it('lists the unbreakable pieces of a label', () => {
    expect(labelPieces('Producto o servicio')).toEqual(['Producto', 'o', 'servicio']);
    expect(labelPieces('3 – รุนแรงมาก')).toEqual(['3', '–', 'รุนแรงมาก']);
  });
});
