/**
 * Every answer reaches the paper: a plan with a unique marker in every text answer the questionnaire
 * asks (testing/marked-plan.ts walks src/questionnaire, so a field added later is checked too) is
 * printed in every language, and each marker must come back from the PDF's text (`pdftotext -raw`).
 * The only exceptions are the fields of NOT_PRINTED (testing/marked-plan.ts), each with its reason. Numbers, dates and
 * choices are printed through formatters and labels; the plan's other tests check those.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foodManufacturerSample } from '../../domain/samples';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { ALL_FIELDS } from '../../questionnaire';
import { registerPdfFontsForNode } from '../fonts-node';
import { renderPlanPdf } from '../render';
import { foodManufacturerTexts, localeResources } from '../testing/locale-resources';
import { markEveryTextAnswer, NOT_PRINTED } from '../testing/marked-plan';
import { pdfText } from '../testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from '../translator';

const NOW = new Date(2025, 5, 15, 9, 30);
const RENDER_TIMEOUT = 120_000;
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
const { plan, markers } = markEveryTextAnswer(foodManufacturerSample(NOW, foodManufacturerTexts('en')));

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-every-answer-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

describe('every answer reaches the paper', () => {
  it('marks every text question of the questionnaire', () => {
    const textKeys = ALL_FIELDS.filter(({ definition }) => ['text', 'textarea', 'tel', 'email'].includes(definition.kind)).map(
      ({ key }) => key,
    );
    expect(new Set(markers.map(({ key }) => key))).toEqual(new Set(textKeys));
    for (const key of NOT_PRINTED.keys()) expect(textKeys, key).toContain(key);
  });

  describe.each(LANGUAGE_CODES)('the full plan in %s', (language) => {
    let text = '';

    beforeAll(async () => {
      const t = await createPdfTranslator(language, localeResources(language, PDF_NAMESPACES));
      const bytes = await renderPlanPdf({ plan, t, language, paperSize: 'A4', printedAt: NOW });
      const file = join(dir, `every-answer-${language}.pdf`);
      writeFileSync(file, bytes);
      text = pdfText(file);
    }, RENDER_TIMEOUT);

    it('prints every text answer, except those it leaves out on purpose', () => {
      const missing = markers.filter(({ key, marker }) => !NOT_PRINTED.has(key) && !text.includes(marker)).map(({ path }) => path);
      expect(missing).toEqual([]);
    });

    it('leaves out only what the list says', () => {
      const printed = markers.filter(({ key, marker }) => NOT_PRINTED.has(key) && text.includes(marker)).map(({ path }) => path);
      expect(printed).toEqual([]);
    });
  });
});
