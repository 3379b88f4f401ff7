/**
 * A new question is one entry in the questionnaire (plus its schema line and locale keys): with no code of its
 * own anywhere else, it is on the step's screen, on the blank worksheet and in the printed plan. Here step 8 gets a
 * question the app does not have, "finance.bankBranch", declared only in the register.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { foodManufacturerSample } from '../../domain/samples/food-manufacturer';
import { ALL_FIELDS, stepDefinition } from '../../questionnaire';
import { registerPdfFontsForNode } from '../fonts-node';
import { renderPlanPdf } from '../render';
import { foodManufacturerTexts, localeResources } from '../testing/locale-resources';
import { pdfText } from '../testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from '../translator';
import { WORKSHEETS } from '../worksheets/outline';

vi.mock('../../questionnaire/steps/step8-finance', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../questionnaire/steps/step8-finance')>();
  const [finance, ...others] = original.STEP_8.sections;
  if (finance === undefined) throw new Error('step 8 has no sections');
  const bankBranch = { kind: 'text', name: 'finance.bankBranch' } as const;
  return { STEP_8: { ...original.STEP_8, sections: [{ ...finance, fields: [...finance.fields, bankBranch] }, ...others] } };
});

const NOW = new Date(2025, 5, 15, 9, 30);
const LABEL = 'Branch of our bank';
const ANSWER = 'Riverside branch, counter 3';

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-new-question-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a question declared only in the questionnaire', () => {
  it('is asked on the step’s screen (the step form renders stepDefinition)', () => {
    const names = stepDefinition(8).sections.flatMap((section) => section.fields.map((field) => field.name));
    expect(names).toContain('finance.bankBranch');
    expect(ALL_FIELDS.find(({ key }) => key === 'finance.bankBranch')?.step).toBe(8);
  });

  it('is on the blank worksheet of its step', () => {
    const worksheet = WORKSHEETS.find((step) => step.step === 8);
    const keys = worksheet?.sections.flatMap((section) => section.items.map((item) => item.key));
    expect(keys).toContain('finance_bankBranch');
  });

  it('is printed in the plan with its label and answer', async () => {
    const plan = foodManufacturerSample(NOW, foodManufacturerTexts('en'));
    // the schema keeps fields it does not know (looseObject), as it would keep the new schema line's value
    Object.assign(plan.finance, { bankBranch: ANSWER });
    const resources = localeResources('en', PDF_NAMESPACES);
    const fields = { ...(resources.fields as object), finance_bankBranch: { label: LABEL, help: 'Where you bank.', example: 'Main street' } };
    const t = await createPdfTranslator('en', { ...resources, fields });
    const file = join(dir, 'new-question.pdf');
    writeFileSync(file, await renderPlanPdf({ plan, t, language: 'en', paperSize: 'A4', printedAt: NOW }));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text.includes(`${LABEL} ${ANSWER}`), 'the label with the answer beside it').toBe(true);
  }, 120_000);
});
