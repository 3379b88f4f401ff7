import { describe, expect, it } from 'vitest';
import { defaultPaperSize } from './paper-size';

describe('defaultPaperSize', () => {
  it("follows the PDF language's usual country when the browser speaks another language", () => {
    expect(defaultPaperSize('th', ['en-US'])).toBe('A4');
    expect(defaultPaperSize('ja', ['en-US', 'en'])).toBe('A4');
    expect(defaultPaperSize('es', ['th-TH'])).toBe('LETTER');
    expect(defaultPaperSize('zh-Hant', ['en-US'])).toBe('A4');
  });

  it("uses the browser's region for the PDF language when it names one", () => {
    expect(defaultPaperSize('en', ['en-US'])).toBe('LETTER');
    expect(defaultPaperSize('en', ['en-GB'])).toBe('A4');
    expect(defaultPaperSize('en', ['th-TH', 'en-PH'])).toBe('LETTER');
    expect(defaultPaperSize('es', ['es-ES'])).toBe('A4');
    expect(defaultPaperSize('es', ['es-419'])).toBe('LETTER');
    expect(defaultPaperSize('zh-Hans', ['zh-TW'])).toBe('A4');
  });

  it('falls back to the usual country for a browser language without a region or one that does not parse', () => {
    expect(defaultPaperSize('en', ['en'])).toBe('LETTER');
    expect(defaultPaperSize('id', ['not a tag', 'id'])).toBe('A4');
  });
});
