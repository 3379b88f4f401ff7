import { describe, expect, it } from 'vitest';
import { fitToWidth, textWidth } from './text-width';

describe('textWidth', () => {
  it('measures ASCII with the advance widths of Noto Sans Bold', () => {
    // "Prioridad" in Noto Sans Bold: P 0.63 + r 0.45 + i 0.30 + o 0.63 + r 0.45 + i 0.30 + d 0.64 + a 0.60 + d 0.64 = 4.64 em
    expect(textWidth('Prioridad', 10)).toBeCloseTo(46.4, 5);
  });

  it('gives an accented letter the width of its base letter and marks no width', () => {
    expect(textWidth('Jurídico', 8)).toBe(textWidth('Juridico', 8));
    expect(textWidth('phụ', 8)).toBe(textWidth('phu', 8));
  });

  it('sets CJK characters one em wide and Thai marks at no width', () => {
    expect(textWidth('優先順序', 8)).toBe(32);
    expect(textWidth('กี่', 10)).toBe(textWidth('ก', 10));
  });
});

describe('fitToWidth', () => {
  it('leaves a text that fits as it is', () => {
    expect(fitToWidth('Riverside Bakery', 7.5, 200)).toBe('Riverside Bakery');
  });

  it('cuts a long text with an ellipsis so that it fits', () => {
    const name = 'Northern Highlands Cooperative of Traditional Food Producers, Packers and Distributors '.repeat(4);
    const cut = fitToWidth(name, 7.5, 150);
    expect(cut.endsWith('…')).toBe(true);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 7.5)).toBeLessThanOrEqual(150);
    expect(textWidth(cut, 7.5)).toBeGreaterThan(120);
  });

  it('cuts between graphemes, never between a Thai letter and its marks', () => {
    const text = 'ห้างหุ้นส่วนจำกัดโรงงานผลิตชิ้นส่วนอิเล็กทรอนิกส์';
    for (const width of [40, 55, 60, 70, 85]) {
      const kept = fitToWidth(text, 10, width).slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      expect(text.charAt(kept.length), `${width} pt`).not.toMatch(/\p{M}/u);
    }
  });
});
