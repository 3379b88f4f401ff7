/**
 * Layout that holds with hostile content (testing/hostile-plan.ts): a 300-character company name with
 * spaces, in every language on A4, and one without spaces on US Letter in the languages whose layout
 * is hardest (Spanish: long words; Thai and Traditional Chinese: no spaces), each also with 80-character
 * unbroken addresses, e-mail and web addresses and long Chinese and Thai entries. The PDF itself is
 * checked (`pdftotext -bbox`): no word over another word, none in the side margins, none across the
 * edges of the content region (the running header stays one line), and the company name whole on the
 * cover. The continuity summary of such a plan is checked the same way. Renders run one after the other
 * (two cores are shared).
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foodManufacturerSample } from '../../domain/samples';
import { LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages';
import { registerPdfFontsForNode } from '../fonts-node';
import { renderPlanPdf } from '../render';
import { hostilePlan, LONG_NAME_SPACED, LONG_NAME_UNBROKEN } from '../testing/hostile-plan';
import { layoutProblems } from '../testing/layout-problems-node';
import { foodManufacturerTexts, localeResources } from '../testing/locale-resources';
import { pdfText } from '../testing/poppler-node';
import { textLayerPattern } from '../testing/text-layer';
import { renderSummaryPdf } from '../summary/render-summary';
import { createSummaryTranslator, SUMMARY_NAMESPACES } from '../summary/translators';
import { createPdfTranslator, PDF_NAMESPACES } from '../translator';
import type { PaperSize } from './PlanDocument';
import { PAGE_MARGIN } from './styles';

const NOW = new Date(2025, 5, 15, 9, 30);
const RENDER_TIMEOUT = 180_000;
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;

const CASES: readonly (readonly [LanguageCode, PaperSize, string])[] = [
  ...LANGUAGE_CODES.map((language) => [language, 'A4', LONG_NAME_SPACED] as const),
  ...(['es', 'th', 'zh-Hant'] as const).map((language) => [language, 'LETTER', LONG_NAME_UNBROKEN] as const),
];

/** The summary's content region (summary-styles.ts summaryPage). */
const SUMMARY_MARGIN = { top: 50, bottom: 46 } as const;
const SUMMARY_CASES: readonly (readonly [LanguageCode, PaperSize, string])[] = [
  ['es', 'A4', LONG_NAME_SPACED],
  ['th', 'LETTER', LONG_NAME_UNBROKEN],
  ['zh-Hant', 'A4', LONG_NAME_UNBROKEN],
];

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-hostile-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(CASES)('a hostile plan in %s on %s', (language, paperSize, companyName) => {
  const plan = hostilePlan(foodManufacturerSample(NOW, foodManufacturerTexts(language)), companyName);
  let file = '';

  beforeAll(async () => {
    const t = await createPdfTranslator(language, localeResources(language, PDF_NAMESPACES));
    const bytes = await renderPlanPdf({ plan, t, language, paperSize, printedAt: NOW });
    file = join(dir, `hostile-${language}-${paperSize}.pdf`);
    writeFileSync(file, bytes);
  }, RENDER_TIMEOUT);

  it('draws no text over other text, into the margins or across the running header and footer', () => {
    expect(layoutProblems(file, PAGE_MARGIN.side, PAGE_MARGIN)).toEqual([]);
  });

  it('prints the whole company name on the cover', () => {
    expect(pdfText(file, 1).normalize('NFC')).toMatch(textLayerPattern(companyName));
  });
});

describe.each(SUMMARY_CASES)('the continuity summary of a hostile plan in %s on %s', (language, paperSize, companyName) => {
  const plan = hostilePlan(foodManufacturerSample(NOW, foodManufacturerTexts(language)), companyName);
  let file = '';

  beforeAll(async () => {
    const t = await createSummaryTranslator(language, localeResources(language, SUMMARY_NAMESPACES));
    const bytes = await renderSummaryPdf({ plan, own: { t, language }, paperSize, printedAt: NOW });
    file = join(dir, `hostile-summary-${language}-${paperSize}.pdf`);
    writeFileSync(file, bytes);
  }, RENDER_TIMEOUT);

  it('draws no text over other text, into the margins or across the running header and footer', () => {
    expect(layoutProblems(file, PAGE_MARGIN.side, SUMMARY_MARGIN)).toEqual([]);
  });

  it('prints the whole company name', () => {
    expect(pdfText(file).normalize('NFC')).toMatch(textLayerPattern(companyName));
  });
});
