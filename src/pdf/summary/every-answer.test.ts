/**
 * The continuity summary prints the answers it is allowed to and nothing else. A plan with a unique
 * marker in every text answer the questionnaire asks (testing/marked-plan.ts) is printed as a summary in
 * every language, with the BCP leader as the contact. The markers of the answers partnerSummary() hands
 * to the summary must come back from the PDF's text; the markers of every other answer (staff, money,
 * insurance, the call tree, anything added to the questionnaire later) must not.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADER_CONTACT, partnerSummary, planIssues } from '../../domain';
import { foodManufacturerSample } from '../../domain/samples';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { pathScope } from '../../questionnaire';
import { registerPdfFontsForNode } from '../fonts-node';
import { foodManufacturerTexts, localeResources } from '../testing/locale-resources';
import { markEveryTextAnswer } from '../testing/marked-plan';
import { pdfText } from '../testing/poppler-node';
import { renderSummaryPdf } from './render-summary';
import { createSummaryTranslator, SUMMARY_NAMESPACES } from './translators';

/** The only text answers a summary may print (for the records the owner keeps in it), and why. */
const SUMMARY_FIELDS: ReadonlyMap<string, string> = new Map([
  ['company.name', 'whose plan it is'],
  ['company.address', 'where the business is, unless the owner hides it'],
  ['contacts.employees.name', "who is in charge of continuity: the BCP leader's staff record (no other staff member)"],
  ['team.leader.position', "the BCP leader's position"],
  ['contacts.employees.mobile', "the contact the owner chose (here the BCP leader): the leader's staff record only"],
  ['team.leader.email', 'the contact the owner chose (here the BCP leader)'],
  ['keyProducts.name', 'the key products and their target recovery times'],
  ['hazards.label', 'the hazards prepared for'],
  ['measures.action', 'the measures already in place (not insurance)'],
]);

const NOW = new Date(2025, 5, 15, 9, 30);
const RENDER_TIMEOUT = 120_000;
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
const marked = markEveryTextAnswer(foodManufacturerSample(NOW, foodManufacturerTexts('en')));
const plan = { ...marked.plan, partnerSummary: { ...marked.plan.partnerSummary, contactId: LEADER_CONTACT, hiddenItems: [] } };
const { markers } = marked;
/** What the summary is built from: a marker in it belongs on the paper. */
const summaryData = JSON.stringify(partnerSummary(plan, planIssues(plan, NOW), NOW, pathScope(plan.path)));
const expected = markers.filter(({ marker }) => summaryData.includes(marker));

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-summary-every-answer-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

describe('the continuity summary, with a marker in every answer', () => {
  it('is built from the allowed answers only, and from each of them', () => {
    expect(expected.filter(({ key }) => !SUMMARY_FIELDS.has(key)).map(({ path }) => path)).toEqual([]);
    expect(new Set(expected.map(({ key }) => key))).toEqual(new Set(SUMMARY_FIELDS.keys()));
  });

  describe.each(LANGUAGE_CODES)('in %s', (language) => {
    let text = '';

    beforeAll(async () => {
      const t = await createSummaryTranslator(language, localeResources(language, SUMMARY_NAMESPACES));
      const bytes = await renderSummaryPdf({ plan, own: { t, language }, paperSize: 'A4', printedAt: NOW });
      const file = join(dir, `summary-every-answer-${language}.pdf`);
      writeFileSync(file, bytes);
      text = pdfText(file);
    }, RENDER_TIMEOUT);

    it('prints every answer it is built from', () => {
      expect(expected.filter(({ marker }) => !text.includes(marker)).map(({ path }) => path)).toEqual([]);
    });

    it('prints no other answer', () => {
      const leaked = markers.filter(({ marker }) => !summaryData.includes(marker) && text.includes(marker));
      expect(leaked.map(({ path }) => path)).toEqual([]);
    });
  });
});
