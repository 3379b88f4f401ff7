import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import esCommon from '../../locales/es/common.json';
import { formatDate, formatMoney, formatNumber, roundedAsShown } from './format';

describe('formatters', () => {
  it('formats an ISO date without shifting the day', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
  });

  it('returns text it cannot parse unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('writes Spanish numbers the Latin-American way', () => {
    expect(formatNumber(2600000.5, 'es')).toBe('2,600,000.5');
    expect(formatMoney(2600000, 'MXN', 'es')).toContain('2,600,000');
  });

  it('formats money in the plan currency and falls back for unknown codes', () => {
    expect(formatMoney(1500, 'USD', 'en')).toBe('$1,500');
    expect(formatMoney(1500, 'usd1', 'en')).toBe('1,500 usd1');
  });
});

describe('roundedAsShown', () => {
  it('gives the plural count the number that is printed, so word and number agree', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'es', resources: { es: { common: esCommon } }, defaultNS: 'common', interpolation: { escapeValue: false } });
    const reserve = (months: number) =>
      i18n.t('review.reserveMonths', { count: roundedAsShown(months), months: formatNumber(months, 'es'), cash: '$100' });
    expect(reserve(1.04)).toMatch(/^1 mes /);
    expect(reserve(0.96)).toMatch(/^1 mes /);
    expect(reserve(1.06)).toMatch(/^1\.1 meses /);
  });
});
