import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enPdf from '../../locales/en/pdf.json';
import thPdf from '../../locales/th/pdf.json';
import zhHantPdf from '../../locales/zh-Hant/pdf.json';
import { formatList, joinSentences, labelledValue } from './join';

async function translator(language: string, pdf: object) {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { pdf } }, ns: ['pdf'], interpolation: { escapeValue: false } });
  return instance.t;
}

describe('formatList', () => {
  it('joins a list as each language writes it', () => {
    expect(formatList(['Anna', 'Ben', 'Chai'], 'en')).toBe('Anna, Ben, and Chai');
    expect(formatList(['林志堃', '陳建喆', '王小明'], 'zh-Hant')).toBe('林志堃、陳建喆和王小明');
    expect(formatList(['สมชาย', 'สมหญิง'], 'th')).toBe('สมชายและสมหญิง');
  });

  it('keeps a joining word apart from a phone number before it', () => {
    expect(formatList(['陳怡君 · 0928-000-231', '王志明 · 0933-000-317'], 'zh-Hant')).toBe('陳怡君 · 0928-000-231 和王志明 · 0933-000-317');
    expect(formatList(['กนกพร · 089-000-0231', 'บุญมี · 086-000-0317'], 'th')).toBe('กนกพร · 089-000-0231 และบุญมี · 086-000-0317');
    expect(formatList(['Anna · 555-0101', 'Ben · 555-0102'], 'en')).toBe('Anna · 555-0101 and Ben · 555-0102');
    expect(formatList(['1', '2', '3'], 'zh-Hant')).toBe('1、2 和 3');
    expect(formatList(['1', '2', '3'], 'th')).toBe('1 2 และ 3');
    expect(formatList(['1', '2', '3'], 'ja')).toBe('1、2、3');
  });

  it('leaves out blank items and gives a single item alone', () => {
    expect(formatList(['1 error', ' ', '2 warnings'], 'en')).toBe('1 error and 2 warnings');
    expect(formatList(['P1'], 'zh-Hant')).toBe('P1');
    expect(formatList([], 'th')).toBe('');
  });
});

describe('labelledValue', () => {
  it("puts the language's own separator between a label and its value", async () => {
    expect(labelledValue(await translator('en', enPdf), 'Warehouse', '12 Dock Road')).toBe('Warehouse: 12 Dock Road');
    expect(labelledValue(await translator('zh-Hant', zhHantPdf), '倉庫', '桃園市龜山區')).toBe('倉庫：桃園市龜山區');
    expect(labelledValue(await translator('th', thPdf), 'โกดัง', 'ถนนพระราม 2')).toBe('โกดัง: ถนนพระราม 2');
  });

  it('gives the label or the value alone when the other is blank', async () => {
    const t = await translator('zh-Hant', zhHantPdf);
    expect(labelledValue(t, '倉庫', ' ')).toBe('倉庫');
    expect(labelledValue(t, '', '桃園市龜山區')).toBe('桃園市龜山區');
  });
});

describe('joinSentences', () => {
  it('puts a space between sentences except in Chinese and Japanese', () => {
    expect(joinSentences(['Name is missing.', 'Phone is wrong.'], 'en')).toBe('Name is missing. Phone is wrong.');
    expect(joinSentences(['ไม่มีชื่อ', 'เบอร์โทรไม่ถูกต้อง'], 'th')).toBe('ไม่มีชื่อ เบอร์โทรไม่ถูกต้อง');
    expect(joinSentences(['缺少名稱。', '電話有誤。'], 'zh-Hant')).toBe('缺少名稱。電話有誤。');
    expect(joinSentences(['名前がありません。', '電話番号が正しくありません。'], 'ja')).toBe('名前がありません。電話番号が正しくありません。');
  });
});
