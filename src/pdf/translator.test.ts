import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import fields from '../../locales/en/fields.json';
import options from '../../locales/en/options.json';
import pdf from '../../locales/en/pdf.json';
import steps from '../../locales/en/steps.json';
import { createPdfTranslator } from './translator';

describe('createPdfTranslator', () => {
  it('translates the five PDF namespaces, pdf by default', async () => {
    const t = await createPdfTranslator('en', { pdf, fields, options, steps, common });
    expect(t('footer.page', { page: 2, total: 9 })).toBe('Page 2 of 9');
    expect(t('pdf:footer.version', { version: 3 })).toBe('Version 3');
    expect(t('fields:finance_cashOnHand.label')).toBe('Cash available in an emergency');
    expect(t('options:hazard.flood')).toBe('Flood');
    expect(t('steps:4.title')).toBe('Risk analysis: disaster scenarios');
    expect(t('common:units.days', { count: 1 })).toBe('1 day');
    expect(t('common:units.days', { count: 7 })).toBe('7 days');
  });

  it('prints values as they are: no HTML escaping', async () => {
    const t = await createPdfTranslator('en', { pdf, fields, options, steps, common });
    expect(t('pdf:value.labelled', { label: 'A & B', value: '<C>' })).toBe('A & B: <C>');
  });

  it('throws on a missing key in tests, and only logs it when asked to report', async () => {
    const strict = await createPdfTranslator('en', { pdf, fields, options, steps, common });
    expect(() => strict('pdf:no.such.key')).toThrow(/Missing PDF translation: en pdf:no\.such\.key/);
    const lenient = await createPdfTranslator('en', { pdf, fields, options, steps, common }, { onMissingKey: 'report' });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      expect(lenient('pdf:no.such.key')).toBe('no.such.key');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it('refuses resources without one of its namespaces', async () => {
    await expect(createPdfTranslator('en', { pdf, fields, options, steps })).rejects.toThrow(/"common" is missing/);
  });

  it('keeps instances apart', async () => {
    const english = await createPdfTranslator('en', { pdf, fields, options, steps, common });
    const other = await createPdfTranslator('en', { pdf: { footer: { page: 'p. {{page}}/{{total}}' } }, fields, options, steps, common });
    expect(other('pdf:footer.page', { page: 1, total: 2 })).toBe('p. 1/2');
    expect(english('pdf:footer.page', { page: 1, total: 2 })).toBe('Page 1 of 2');
  });
});
