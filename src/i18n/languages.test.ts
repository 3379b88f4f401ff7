import { describe, expect, it } from 'vitest';
import { matchLanguage } from './languages';

describe('matchLanguage', () => {
  it('follows the first preferred language the app speaks', () => {
    expect(matchLanguage(['fr-FR', 'th-TH', 'en'])).toBe('th');
    expect(matchLanguage(['vi'])).toBe('vi');
    expect(matchLanguage(['es-MX'])).toBe('es');
    expect(matchLanguage(['ja-JP'])).toBe('ja');
    expect(matchLanguage(['id-ID'])).toBe('id');
  });

  it('tells Traditional from Simplified Chinese by region or script', () => {
    expect(matchLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(matchLanguage(['zh-HK'])).toBe('zh-Hant');
    expect(matchLanguage(['zh-Hant'])).toBe('zh-Hant');
    expect(matchLanguage(['zh-CN'])).toBe('zh-Hans');
    expect(matchLanguage(['zh-SG'])).toBe('zh-Hans');
    expect(matchLanguage(['zh'])).toBe('zh-Hans');
  });

  it('falls back to English for languages the app does not speak and for malformed tags', () => {
    expect(matchLanguage(['fr', 'de'])).toBe('en');
    expect(matchLanguage(['not a tag'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
});
