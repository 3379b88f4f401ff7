import { describe, expect, it } from 'vitest';
import { pdfFileName } from './file-name';

describe('pdfFileName', () => {
  it('names the file after the company, the language and the day', () => {
    expect(pdfFileName('บริษัท บ้านริมน้ำฟู้ดส์ จำกัด', 'th', new Date('2026-11-27T10:00:00Z'))).toBe(
      'บริษัท บ้านริมน้ำฟู้ดส์ จำกัด - BCP - th - 2026-11-27.pdf',
    );
  });

  it('drops characters that file systems refuse and falls back when nothing is left', () => {
    expect(pdfFileName('A/B: "C"?', 'en', new Date('2026-01-02T00:00:00Z'))).toBe('A B C - BCP - en - 2026-01-02.pdf');
    expect(pdfFileName('  ', 'ja', new Date('2026-01-02T00:00:00Z'))).toBe('plan - BCP - ja - 2026-01-02.pdf');
  });
});
